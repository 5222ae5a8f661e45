#pragma once

#include "check/Finding.h"

#include <QString>

namespace nianbao::test {

// Year pairs for the comparison window, built from the corpus as the core's
// CompareTest builds them: a report copied, its year changed, values changed
// through their cells' own source spans.
QString withCell(const QString& text, const CellRef& cell, const QString& value);
QString readCorpusText(const QString& name);

// Writes ninghe-2019.txt and ninghe-2020.txt into `folder`: corpus 000 (2020)
// and a 2019 copy that received 20 applications (45 in 2020: a big change)
// and carried 3 natural persons' applications forward, which 2020 does not
// carry over (a broken compare.carry_over).
void writeNingheYearPair(const QString& folder);
// Writes county-2021.txt and county-2022.txt: corpus 003 (2022, 2021 format)
// and a 2021 copy with different numbers, so the charts differ per year.
void writeCountyYearPair(const QString& folder);

}  // namespace nianbao::test
