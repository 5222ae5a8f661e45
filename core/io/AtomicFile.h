#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

class QSaveFile;

namespace nianbao {

// Every file the program writes — exports, review sessions, recovery files,
// summary and comparison CSVs, charts — goes through this one helper, so a
// full disk, a missing folder or a crash never leaves a truncated or empty
// file in place of the user's previous one.

// True when both paths name the same existing file: the same device and
// inode (so hard links and symlinks count), or the same canonical path.
bool isSameFile(const QString& a, const QString& b);

// A file the run reads and must therefore never overwrite, with what it is
// for the message ("原报告", "审校记录", "输入报告").
struct ProtectedFile {
    QString path;
    QString role;
};

// Why `path` may not be written, decided before anything is written (empty
// when it may): it is one of `inputs`; it exists but is not a regular file
// (a folder, a device node such as /dev/null, a pipe); it exists with another
// suffix than `replaceableSuffix` (when given: "csv" — so the report that a
// shell glob put where the output's name was forgotten, as in
// `check --summary *.txt`, is never replaced); its folder does not exist.
QString outputPathProblem(const QString& path, const std::vector<ProtectedFile>& inputs, const QString& replaceableSuffix = {});

// Several files written all-or-nothing: commit() first writes every file
// completely to a temporary beside its target (checking every write and the
// flush to disk), and only when all of them are safely on disk replaces the
// targets. On any failure every target keeps its previous content.
class AtomicWriteSet {
public:
    AtomicWriteSet();
    ~AtomicWriteSet();
    AtomicWriteSet(const AtomicWriteSet&) = delete;
    AtomicWriteSet& operator=(const AtomicWriteSet&) = delete;

    void add(const QString& path, const QByteArray& bytes);
    // The error in Chinese with the path ("磁盘空间不足…"), or empty on success.
    QString commit();

private:
    struct Pending {
        QString path;
        QByteArray bytes;
    };
    std::vector<Pending> pending_;
};

// One file, atomically: either the whole new file is there afterwards or the
// previous one is untouched. Returns the error in Chinese, or empty.
QString writeFileAtomically(const QString& path, const QByteArray& bytes);

}  // namespace nianbao
