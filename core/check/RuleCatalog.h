#pragma once

#include "check/Severity.h"
#include "format/FormatSpec.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace nianbao {

struct RuleInfo {
    QString id;
    Severity severity = Severity::Error;
    QString title;  // Chinese, for rule lists
};

// Every rule id the checks can report: the balance relations of every format
// version, then resources/rules.json. Stable order, no duplicates.
const std::vector<RuleInfo>& allRules();
const RuleInfo* findRule(const QString& id);
// The catalog's severity of a rule the checks report; a rule the catalog
// lacks is a programming error (the data files were validated at start-up).
Severity ruleSeverity(const QString& id);

// Parses a rule catalog (the shape of resources/rules.json) after the
// relations of `formats`: every entry needs an id, a known severity and a
// title, and no id may repeat. False with the reason otherwise.
bool loadRuleCatalog(const QByteArray& json, const std::vector<FormatSpec>& formats, std::vector<RuleInfo>* out,
                     QString* error);

// Loads and validates every data file the checks rely on (the format
// descriptions, the rule catalog) as the first use would. False with the file
// and the reason, for the front ends to report before anything else runs: a
// broken file is an error at start-up, never rules silently switched off.
bool validateDataFiles(QString* error);

}  // namespace nianbao
