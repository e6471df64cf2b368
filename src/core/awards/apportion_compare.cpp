// ALLOCATECOMPARE: every method on the same input. The quota rule is checked exactly (the
// bounded quotas' floor and ceiling from the core); the disproportionality measures are for
// reading (doubles). Refs.: J. Loosemore, V. J. Hanby, "The theoretical limits of maximum
// distortion", British Journal of Political Science 1(4), 1971; M. Gallagher, "Proportionality,
// disproportionality and electoral systems", Electoral Studies 10(1), 1991.
#include "core/awards/apportion_compare.hpp"

#include "core/awards/apportion_report.hpp"

#include <algorithm>
#include <cmath>

namespace vnplan::awards {
namespace {

using Row = std::vector<Cell>;

void measure(const std::vector<double>& weights, std::int64_t total, MethodOutcome& m) {
    double sum = 0;
    for (double w : weights)
        sum += w;
    if (total == 0 || sum == 0) return;
    double absolute = 0, squares = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double gap = static_cast<double>(m.allocation.seats[i]) / static_cast<double>(total) -
                           weights[i] / sum;
        absolute += std::fabs(gap);
        squares += gap * gap;
    }
    m.loosemore_hanby = 100 * absolute / 2;
    m.gallagher = 100 * std::sqrt(squares / 2);
}

std::string units_text(const std::vector<std::size_t>& units, Lang lang) {
    std::string out = lang == Lang::vi ? "đơn vị " : "unit";
    if (lang == Lang::en && units.size() > 1) out += "s";
    if (lang == Lang::en) out += " ";
    for (std::size_t k = 0; k < units.size(); ++k)
        out += (k > 0 ? ", " : "") + std::to_string(units[k] + 1);
    return out;
}

std::string quota_rule_text(const MethodComparison& c, const MethodOutcome& m, Lang lang) {
    if (m.outside_quota.empty()) return lang == Lang::vi ? "Đúng" : "Kept";
    std::string out = lang == Lang::vi ? "Vi phạm: " : "Broken: ";
    for (std::size_t k = 0; k < m.outside_quota.size(); ++k) {
        const std::size_t i = m.outside_quota[k];
        const std::string seats = std::to_string(m.allocation.seats[i]);
        const std::string quota = short_number(c.quotas[i], 3, lang);
        out += k > 0 ? "; " : "";
        out += lang == Lang::vi
                   ? "đơn vị " + std::to_string(i + 1) + " nhận " + seats + " (hạn ngạch " + quota +
                         ")"
                   : "unit " + std::to_string(i + 1) + " gets " + seats + " (quota " + quota + ")";
    }
    return out;
}

std::string ties_text(const MethodOutcome& m, Lang lang) {
    if (m.allocation.ties.empty()) return lang == Lang::vi ? "Không" : "None";
    std::vector<std::size_t> units;
    for (const AllocationTie& tie : m.allocation.ties)
        units.insert(units.end(), tie.units.begin(), tie.units.end());
    return (lang == Lang::vi ? "Hòa giữa " : "Tie between ") + units_text(units, lang) +
           (lang == Lang::vi ? " - cần bốc thăm / cần quyết định" : " - needs a draw / a decision");
}

} // namespace

MethodComparison compare_methods(const std::vector<double>& weights, double total,
                                 const Bounds& minimum, const Bounds& maximum) {
    check_explainable(weights);
    MethodComparison c;
    c.weights = weights;
    // Hamilton first: bad input fails here, for every method alike.
    const Allocation first = allocate(weights, total, AllocationMethod::hamilton, minimum, maximum);
    c.quotas = first.quotas;
    c.total = static_cast<std::int64_t>(total);
    for (AllocationMethod method : all_allocation_methods) {
        MethodOutcome m;
        m.method = method;
        try {
            m.allocation = method == AllocationMethod::hamilton
                               ? first
                               : allocate(weights, total, method, minimum, maximum);
        } catch (const InputError& e) {
            m.error = e.message(); // e.g. the quota method's limit on the number of seats
            c.methods.push_back(std::move(m));
            continue;
        }
        const Allocation& a = m.allocation;
        for (std::size_t i = 0; i < a.seats.size(); ++i)
            if (a.seats[i] < a.quota_floor[i] || a.seats[i] > a.quota_ceil[i])
                m.outside_quota.push_back(i);
        measure(weights, c.total, m);
        c.methods.push_back(std::move(m));
    }
    return c;
}

Grid comparison_table(const MethodComparison& c, Lang lang) {
    const std::size_t width = 3 + c.methods.size();
    const std::size_t n = c.weights.size();
    Grid grid;
    auto row = [&] { return Row(width); };
    auto label = [&](const Message& m) {
        Row r = row();
        r[0] = Cell::of(m.in(lang));
        return r;
    };
    Row header = row();
    header[0] = Cell::of(lang == Lang::vi ? "STT" : "No.");
    header[1] = Cell::of(lang == Lang::vi ? "Trọng số" : "Weight");
    header[2] = Cell::of(lang == Lang::vi ? "Hạn ngạch" : "Quota");
    for (std::size_t k = 0; k < c.methods.size(); ++k)
        header[3 + k] = Cell::of(display_name(c.methods[k].method).in(lang));
    grid.rows.push_back(std::move(header));

    double weight_sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        Row r = row();
        r[0] = Cell::of(static_cast<double>(i + 1));
        r[1] = Cell::of(c.weights[i]);
        r[2] = Cell::of(c.quotas[i]);
        weight_sum += c.weights[i];
        for (std::size_t k = 0; k < c.methods.size(); ++k) {
            const MethodOutcome& m = c.methods[k];
            if (m.error) {
                if (i == 0) r[3 + k] = Cell::of(m.error->in(lang));
            } else {
                r[3 + k] = Cell::of(static_cast<double>(m.allocation.seats[i]));
            }
        }
        grid.rows.push_back(std::move(r));
    }
    Row total = label({"Tổng cộng", "Total"});
    Row rule = label({"Quy tắc hạn ngạch (không dưới phần nguyên, không quá phần nguyên + 1)",
                      "Quota rule (not below the quota rounded down nor above it rounded up)"});
    Row ties = label({"Hòa do quy tắc quyết định", "Ties the rule decided"});
    Row lh = label({"Chỉ số Loosemore-Hanby (điểm %)", "Loosemore-Hanby index (% points)"});
    Row gallagher = label({"Chỉ số Gallagher (điểm %)", "Gallagher index (% points)"});
    total[1] = Cell::of(weight_sum);
    total[2] = Cell::of(static_cast<double>(c.total));
    for (std::size_t k = 0; k < c.methods.size(); ++k) {
        const MethodOutcome& m = c.methods[k];
        if (m.error) continue;
        total[3 + k] = Cell::of(static_cast<double>(c.total));
        rule[3 + k] = Cell::of(quota_rule_text(c, m, lang));
        ties[3 + k] = Cell::of(ties_text(m, lang));
        lh[3 + k] = Cell::of(m.loosemore_hanby);
        gallagher[3 + k] = Cell::of(m.gallagher);
    }
    for (Row* r : {&total, &rule, &ties, &lh, &gallagher})
        grid.rows.push_back(std::move(*r));
    return grid;
}

std::string short_name(AllocationMethod method, Lang lang) {
    switch (method) {
    case AllocationMethod::hamilton:
        return "Hamilton";
    case AllocationMethod::dhondt:
        return "D'Hondt";
    case AllocationMethod::sainte_lague:
        return "S-Laguë";
    case AllocationMethod::huntington_hill:
        return "H-Hill";
    case AllocationMethod::adams:
        return "Adams";
    case AllocationMethod::dean:
        return "Dean";
    case AllocationMethod::quota: // not "Hạn ngạch": the quota column has that name
        return "B-Young";
    }
    (void)lang;
    return {};
}

namespace {

// Characters as the eye counts them (UTF-8 code points; the texts are NFC).
std::size_t shown_width(const std::string& text) {
    std::size_t n = 0;
    for (unsigned char c : text)
        n += (c & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

std::string cut(const std::string& text, std::size_t most) {
    std::size_t n = 0, i = 0;
    for (; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && n++ == most) break;
    }
    return i < text.size() ? text.substr(0, i) : text;
}

std::string left(const std::string& text, std::size_t width) {
    const std::string shown = cut(text, width);
    return shown + std::string(width - shown_width(shown), ' ');
}

std::string right(const std::string& text, std::size_t width) {
    const std::string shown = cut(text, width);
    return std::string(width - shown_width(shown), ' ') + shown;
}

} // namespace

std::vector<std::string> comparison_lines(const MethodComparison& c,
                                          const std::vector<std::string>& labels, Lang lang) {
    const bool vi = lang == Lang::vi;
    const std::size_t n = c.weights.size();
    std::vector<std::string> names(n);
    const std::string lh = vi ? "Loosemore-Hanby (điểm %)" : "Loosemore-Hanby (% points)";
    std::size_t first = shown_width(lh); // the widest of the fixed labels
    for (std::size_t i = 0; i < n; ++i) {
        // Numbered as the quota rule and tie lines name them ("đơn vị 2").
        names[i] = std::to_string(i + 1) + ". " +
                   (i < labels.size() && !labels[i].empty() ? labels[i] : (vi ? "Đơn vị" : "Unit"));
        first = std::max(first, std::min<std::size_t>(shown_width(names[i]), 28));
    }
    constexpr std::size_t column = 10;
    auto row = [&](const std::string& head, const std::string& quota, auto&& cell) {
        std::string line = left(head, first) + right(quota, column + 2); // apart from method 1
        for (const MethodOutcome& m : c.methods)
            line += right(m.error ? "-" : cell(m), column);
        return line;
    };
    std::vector<std::string> lines;
    lines.push_back(row(vi ? "Đơn vị" : "Unit", vi ? "Hạn ngạch" : "Quota",
                        [&](const MethodOutcome& m) { return short_name(m.method, lang); }));
    for (std::size_t i = 0; i < n; ++i)
        lines.push_back(
            row(names[i], short_number(c.quotas[i], 2, lang),
                [&](const MethodOutcome& m) { return std::to_string(m.allocation.seats[i]); }));
    lines.push_back(row(vi ? "Tổng" : "Total", std::to_string(c.total),
                        [&](const MethodOutcome&) { return std::to_string(c.total); }));
    lines.push_back(row(vi ? "Quy tắc hạn ngạch" : "Quota rule", "", [&](const MethodOutcome& m) {
        return std::string(m.outside_quota.empty() ? (vi ? "đúng" : "kept")
                                                   : (vi ? "VI PHẠM" : "BROKEN"));
    }));
    lines.push_back(
        row(vi ? "Hòa cần quyết định" : "Ties to decide", "", [&](const MethodOutcome& m) {
            return std::string(m.allocation.ties.empty() ? (vi ? "không" : "none")
                                                         : (vi ? "CÓ" : "YES"));
        }));
    lines.push_back(
        row(vi ? "Loosemore-Hanby (điểm %)" : "Loosemore-Hanby (% points)", "",
            [&](const MethodOutcome& m) { return short_number(m.loosemore_hanby, 2, lang); }));
    lines.push_back(
        row(vi ? "Gallagher (điểm %)" : "Gallagher (% points)", "",
            [&](const MethodOutcome& m) { return short_number(m.gallagher, 2, lang); }));
    for (const MethodOutcome& m : c.methods) {
        const std::string name = display_name(m.method).in(lang) + ": ";
        if (m.error) lines.push_back(name + m.error->in(lang));
        if (m.error) continue;
        if (!m.outside_quota.empty()) lines.push_back(name + quota_rule_text(c, m, lang));
        if (!m.allocation.ties.empty()) lines.push_back(name + ties_text(m, lang));
    }
    return lines;
}

} // namespace vnplan::awards
