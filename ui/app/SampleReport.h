#pragma once

#include <QString>

namespace nianbao {

// The bundled sample report shown when the app starts without a file.
// Prefers the copy in the source tree or installation
// (<exe dir>/../../resources/samples/, <exe dir>/../share/nianbao/samples/);
// otherwise writes the compiled-in copy to the app's data folder, so the
// sample is a real file that sessions can be saved beside.
QString locateSampleReport();

}  // namespace nianbao
