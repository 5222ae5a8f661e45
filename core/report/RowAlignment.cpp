#include "report/RowAlignment.h"

#include <algorithm>

namespace nianbao {
namespace {

int weight(LabelMatch m) {
    switch (m) {
    case LabelMatch::Exact: return 3;
    case LabelMatch::Fuzzy:
    case LabelMatch::Truncated: return 2;
    case LabelMatch::None: break;
    }
    return 0;
}

bool matchesAny(const RowCandidate& c) {
    return std::any_of(c.matches.begin(), c.matches.end(), [](LabelMatch m) { return m != LabelMatch::None; });
}

// Maximum-weight chain of (candidate, official row) label matches, both
// indices increasing: a weighted longest common subsequence.
std::vector<std::pair<int, int>> labelChain(const std::vector<RowCandidate>& candidates, int officialRows) {
    const int n = static_cast<int>(candidates.size());
    const int m = officialRows;
    std::vector<std::vector<int>> best(n + 1, std::vector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j) {
            const int w = weight(candidates[i].matches[j]);
            best[i][j] = std::max({best[i + 1][j], best[i][j + 1], w > 0 ? w + best[i + 1][j + 1] : 0});
        }
    std::vector<std::pair<int, int>> chain;
    for (int i = 0, j = 0; i < n && j < m;) {
        const int w = weight(candidates[i].matches[j]);
        if (w > 0 && best[i][j] == w + best[i + 1][j + 1]) {
            chain.emplace_back(i, j);
            ++i;
            ++j;
        } else if (best[i][j] == best[i + 1][j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return chain;
}

}  // namespace

RowAlignment alignRows(const std::vector<RowCandidate>& candidates, int officialRows) {
    RowAlignment out;
    out.rows.resize(officialRows);
    std::vector<bool> taken(candidates.size(), false);

    const std::vector<std::pair<int, int>> chain = labelChain(candidates, officialRows);
    for (const auto& [c, o] : chain) {
        out.rows[o] = {c, RowPlacement::Label};
        taken[c] = true;
        out.score += weight(candidates[c].matches[o]);
    }

    // Out of order: an exact label for an official row the chain left empty.
    for (int o = 0; o < officialRows; ++o) {
        if (out.rows[o].candidate >= 0) continue;
        for (size_t c = 0; c < candidates.size(); ++c) {
            if (taken[c] || candidates[c].matches[o] != LabelMatch::Exact) continue;
            out.rows[o] = {static_cast<int>(c), RowPlacement::OutOfOrder};
            taken[c] = true;
            out.score += weight(LabelMatch::Exact);
            break;
        }
    }

    // Between two pins (or a pin and the table's edge), rows that carry no
    // recognisable label take the empty official rows when the counts agree.
    std::vector<std::pair<int, int>> pins;  // (candidate, official row), with sentinels at both edges
    pins.emplace_back(-1, -1);
    pins.insert(pins.end(), chain.begin(), chain.end());
    pins.emplace_back(static_cast<int>(candidates.size()), officialRows);
    for (size_t k = 0; k + 1 < pins.size(); ++k) {
        std::vector<int> rows, free;
        for (int o = pins[k].second + 1; o < pins[k + 1].second; ++o)
            if (out.rows[o].candidate < 0) rows.push_back(o);
        for (int c = pins[k].first + 1; c < pins[k + 1].first; ++c)
            if (!taken[c] && !matchesAny(candidates[c]) && candidates[c].fitsColumns) free.push_back(c);
        if (rows.empty() || rows.size() != free.size()) continue;
        for (size_t i = 0; i < rows.size(); ++i) {
            out.rows[rows[i]] = {free[i], RowPlacement::Position};
            taken[free[i]] = true;
            out.score += 1;
        }
    }

    for (size_t c = 0; c < candidates.size(); ++c)
        if (!taken[c]) out.unplaced.push_back(static_cast<int>(c));
    return out;
}

}  // namespace nianbao
