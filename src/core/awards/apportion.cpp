// ALLOCATE's front: checks the input, makes it exact, runs the method, explains ties.
#include "core/awards/apportion.hpp"

#include "core/awards/apportion_detail.hpp"
#include "core/common/decimal.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <cmath>
#include <string>

namespace vnplan::awards {
namespace {

using detail::Int;

// Doubles hold every whole number up to 2^53 exactly; larger totals and bounds are refused.
constexpr double max_whole = 9007199254740992.0;

// The number as typed, in each language's style: "1.234,5" / "1,234.5".
Message number_text(double value) {
    if (!std::isfinite(value)) return {"(không phải số hữu hạn)", "(not a finite number)"};
    const int places = decimal::from_double(value).scale;
    return {decimal::format(value, places, ',', '.'), decimal::format(value, places, '.', ',')};
}

std::string grouped(const Int& value, char separator) {
    const std::string digits = value.str();
    std::string out;
    const std::size_t start = digits[0] == '-' ? 1 : 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > start && (digits.size() - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return out;
}

Message count_text(const Int& value) {
    return {grouped(value, '.'), grouped(value, ',')};
}

[[noreturn]] void fail(std::string vi, std::string en) {
    throw InputError(Message{std::move(vi), std::move(en)});
}

bool is_whole(double value) {
    return std::isfinite(value) && value >= 0 && value <= max_whole && std::floor(value) == value;
}

Int exact_weight(const decimal::Decimal& d, int scale) {
    Int value(d.digits);
    if (scale > d.scale)
        value *= boost::multiprecision::pow(Int(10), static_cast<unsigned>(scale - d.scale));
    return value;
}

struct BoundKind {
    const char* vi; // "tối thiểu"
    const char* en; // "minimum"
};

// One bound per unit from none, one for all, or one per unit.
std::vector<std::optional<std::int64_t>> expand_bounds(const Bounds& bounds, std::size_t n,
                                                       const BoundKind& kind) {
    if (bounds.size() > 1 && bounds.size() != n) {
        const std::string count = std::to_string(bounds.size());
        const std::string units = std::to_string(n);
        fail("Có " + count + " giá trị " + kind.vi + " cho " + units +
                 " trọng số: hãy nhập một giá trị chung cho mọi đơn vị hoặc đúng " + units +
                 " giá trị, mỗi đơn vị một giá trị.",
             "There are " + count + " " + kind.en + " values for " + units +
                 " weights: give one value for every unit or exactly " + units +
                 " values, one per unit.");
    }
    std::vector<std::optional<std::int64_t>> out(n);
    for (std::size_t k = 0; k < bounds.size(); ++k) {
        if (!bounds[k]) continue;
        const double v = *bounds[k];
        if (!is_whole(v)) {
            const Message shown = number_text(v);
            const std::string which_vi =
                bounds.size() == 1
                    ? "Mức " + std::string(kind.vi)
                    : "Mức " + std::string(kind.vi) + " của đơn vị thứ " + std::to_string(k + 1);
            const std::string which_en =
                bounds.size() == 1
                    ? "The " + std::string(kind.en)
                    : "The " + std::string(kind.en) + " of unit " + std::to_string(k + 1);
            if (std::isfinite(v) && v > max_whole)
                fail(which_vi + " quá lớn (" + shown.vi + ").",
                     which_en + " is too large (" + shown.en + ").");
            fail(which_vi + " phải là số nguyên không âm, không phải " + shown.vi + ".",
                 which_en + " must be a whole number >= 0, not " + shown.en + ".");
        }
        const auto value = static_cast<std::int64_t>(v);
        if (bounds.size() == 1)
            out.assign(n, value);
        else
            out[k] = value;
    }
    return out;
}

} // namespace

detail::Problem detail::make_problem(const std::vector<double>& weights, double total,
                                     const Bounds& minimum, const Bounds& maximum) {
    const std::size_t n = weights.size();
    if (n == 0)
        fail("Chưa có trọng số nào để phân bổ: vùng trọng số trống.",
             "There are no weights to allocate by: the weights range is empty.");

    std::vector<decimal::Decimal> exact(n);
    int scale = 0;
    bool any_positive = false;
    for (std::size_t i = 0; i < n; ++i) {
        const std::string k = std::to_string(i + 1);
        if (!std::isfinite(weights[i]))
            fail("Trọng số thứ " + k + " không phải là một số hợp lệ.",
                 "Weight " + k + " is not a valid number.");
        if (weights[i] < 0) {
            const Message shown = number_text(weights[i]);
            fail("Trọng số thứ " + k + " là " + shown.vi + ": trọng số không được âm.",
                 "Weight " + k + " is " + shown.en + ": weights must not be negative.");
        }
        exact[i] = decimal::from_double(weights[i]);
        if (!exact[i].is_zero()) any_positive = true;
        if (exact[i].scale > scale) scale = exact[i].scale;
    }

    if (!is_whole(total)) {
        const Message shown = number_text(total);
        if (std::isfinite(total) && total > max_whole)
            fail("Tổng số cần phân bổ quá lớn (" + shown.vi + ").",
                 "The total to allocate is too large (" + shown.en + ").");
        fail("Tổng số cần phân bổ phải là số nguyên không âm, không phải " + shown.vi + ".",
             "The total to allocate must be a whole number >= 0, not " + shown.en + ".");
    }

    detail::Problem problem;
    problem.total = static_cast<std::int64_t>(total);
    const auto low = expand_bounds(minimum, n, {"tối thiểu", "minimum"});
    problem.maximum = expand_bounds(maximum, n, {"tối đa", "maximum"});
    problem.minimum.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        problem.minimum[i] = low[i].value_or(0);
        if (problem.maximum[i] && problem.minimum[i] > *problem.maximum[i]) {
            const std::string k = std::to_string(i + 1);
            const Message lo = count_text(problem.minimum[i]);
            const Message hi = count_text(*problem.maximum[i]);
            fail("Đơn vị thứ " + k + " có mức tối thiểu " + lo.vi + " lớn hơn mức tối đa " + hi.vi +
                     ": không thể phân bổ.",
                 "Unit " + k + " has a minimum of " + lo.en + ", more than its maximum of " +
                     hi.en + ": no allocation is possible.");
        }
    }

    if (!any_positive)
        fail("Mọi trọng số đều bằng 0: cần ít nhất một trọng số dương để chia theo tỷ lệ.",
             "Every weight is 0: at least one weight must be positive to share in proportion.");

    problem.weights.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        problem.weights[i] = exact_weight(exact[i], scale);

    // Feasibility: minimums within the total, and room for it under the maximums (a unit
    // with weight 0 only ever gets its minimum).
    Int low_sum = 0, high_sum = 0;
    bool unbounded = false, zero_weight_units = false;
    for (std::size_t i = 0; i < n; ++i) {
        low_sum += problem.minimum[i];
        if (problem.weights[i] == 0) {
            high_sum += problem.minimum[i];
            zero_weight_units = true;
        } else if (problem.maximum[i]) {
            high_sum += *problem.maximum[i];
        } else {
            unbounded = true;
        }
    }
    const Message total_text = count_text(problem.total);
    if (low_sum > problem.total) {
        const Message sum = count_text(low_sum);
        fail("Không thể phân bổ: tổng các mức tối thiểu là " + sum.vi +
                 ", lớn hơn tổng số cần phân bổ " + total_text.vi + ".",
             "No allocation is possible: the minimums add up to " + sum.en +
                 ", more than the total of " + total_text.en + ".");
    }
    if (!unbounded && high_sum < problem.total) {
        const Message sum = count_text(high_sum);
        std::string vi = "Không thể phân bổ: các đơn vị chỉ nhận được nhiều nhất " + sum.vi +
                         " (tổng các mức tối đa), ít hơn tổng số cần phân bổ " + total_text.vi +
                         ".";
        std::string en = "No allocation is possible: the units can take at most " + sum.en +
                         " in all (the sum of the maximums), less than the total of " +
                         total_text.en + ".";
        if (zero_weight_units) {
            vi += " Đơn vị có trọng số 0 chỉ nhận mức tối thiểu của mình.";
            en += " A unit with weight 0 only gets its minimum.";
        }
        fail(std::move(vi), std::move(en));
    }
    return problem;
}

namespace {

std::string join(const std::vector<std::string>& names, const char* last_separator) {
    std::string out;
    for (std::size_t k = 0; k < names.size(); ++k) {
        if (k > 0) out += k + 1 == names.size() ? last_separator : ", ";
        out += names[k];
    }
    return out;
}

} // namespace

Allocation detail::finish(const Problem& problem, const Shares& shares, Outcome outcome,
                          AllocationMethod method) {
    Allocation result;
    result.method = method;
    result.seats = std::move(outcome.seats);
    result.ties = std::move(outcome.ties);
    const std::size_t n = problem.weights.size();
    result.quotas.resize(n);
    result.exact_quotas.resize(n);
    result.quota_floor.resize(n);
    result.quota_ceil.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        Int num, den;
        detail::share_of(problem, shares, i, num, den);
        const boost::multiprecision::cpp_rational quota(num, den); // reduced
        result.quotas[i] = quota.convert_to<double>();
        const Int& top = boost::multiprecision::numerator(quota);
        const Int& bottom = boost::multiprecision::denominator(quota);
        result.exact_quotas[i] = bottom == 1 ? top.str() : top.str() + "/" + bottom.str();
        result.quota_floor[i] = Int(top / bottom).convert_to<std::int64_t>();
        result.quota_ceil[i] = result.quota_floor[i] + (bottom == 1 ? 0 : 1);
    }
    return result;
}

Allocation allocate(const std::vector<double>& weights, double total, AllocationMethod method,
                    const Bounds& minimum, const Bounds& maximum) {
    const detail::Problem problem = detail::make_problem(weights, total, minimum, maximum);
    const detail::Shares shares = detail::bounded_shares(problem);
    return detail::finish(problem, shares, detail::run_method(problem, shares, method), method);
}

Allocation allocate(const std::vector<double>& weights, double total, std::string_view method,
                    const Bounds& minimum, const Bounds& maximum) {
    return allocate(weights, total, parse_allocation_method(method), minimum, maximum);
}

Message describe_tie(const AllocationTie& tie, const std::vector<std::string>& labels) {
    auto names = [&](const std::vector<std::size_t>& units, bool vi) {
        std::vector<std::string> out;
        for (std::size_t i : units) {
            if (i < labels.size())
                out.push_back(labels[i]);
            else
                out.push_back((vi ? "đơn vị " : "unit ") + std::to_string(i + 1));
        }
        return out;
    };
    const std::string seats = std::to_string(tie.seats);
    const bool one = tie.seats == 1;
    Message m;
    m.vi = "Hòa giữa " + join(names(tie.units, true), " và ") + " khi chia " +
           (one ? "chỉ tiêu cuối cùng" : seats + " chỉ tiêu cuối cùng") +
           "; theo quy tắc hòa (trọng số lớn hơn trước, rồi hàng trên trước), " +
           (one ? "chỉ tiêu" : "các chỉ tiêu") + " thuộc về " +
           join(names(tie.winners, true), " và ") + ".";
    m.en = "Tie between " + join(names(tie.units, false), " and ") + " for the last " +
           (one ? "seat" : seats + " seats") +
           "; by the tie rule (larger weight first, then the earlier row) " +
           (one ? "it went to " : "they went to ") + join(names(tie.winners, false), " and ") + ".";
    return m;
}

} // namespace vnplan::awards
