#include "export/AtomicExport.h"

namespace nianbao {

QString saveExportFile(const QString& path, const QByteArray& bytes, const QString& sourcePath) {
    std::vector<ProtectedFile> inputs;
    if (!sourcePath.isEmpty()) inputs.push_back({sourcePath, QStringLiteral("原报告")});
    if (QString problem = outputPathProblem(path, inputs); !problem.isEmpty()) return problem;
    return writeFileAtomically(path, bytes);
}

}  // namespace nianbao
