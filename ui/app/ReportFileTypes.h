#pragma once

#include <QString>

namespace nianbao {

// The file-dialog filter for choosing annual reports: first every format the
// importer reads together, then each format on its own, then all files (the
// importer decides by content, so a report saved under an odd name can still
// be opened). The one place the extensions are listed; every dialog that asks
// for reports uses it.
QString reportFileFilter();

}  // namespace nianbao
