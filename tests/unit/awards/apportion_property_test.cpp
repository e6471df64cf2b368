// ALLOCATE against slow textbook procedures on random inputs, and the known properties:
// the quota rule for Hamilton and the quota method, house monotonicity for the divisor
// methods and the quota method.
#include "core/awards/apportion.hpp"

#include <boost/multiprecision/cpp_int.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace vnplan::awards;
using boost::multiprecision::cpp_int;
using boost::multiprecision::cpp_rational;
using Seats = std::vector<std::int64_t>;

namespace {

// Boost 1.81's cpp_rational divides wrongly by a plain integer when the rational is 1
// (cpp_rational(1) / cpp_int(450) == 1), so the test mixes rationals only with rationals.
cpp_rational R(const cpp_int& value) {
    return cpp_rational(value);
}
cpp_rational R(std::int64_t value) {
    return cpp_rational(value);
}

// A random case with whole-number weights (so the test knows them exactly), many equal
// weights and zeros (ties), and bounds that leave a feasible range of totals.
struct Case {
    std::vector<std::int64_t> weights;
    std::vector<std::int64_t> minimum;
    std::vector<std::optional<std::int64_t>> maximum;
    std::int64_t low = 0;             // smallest feasible total
    std::optional<std::int64_t> high; // largest feasible total
};

Case random_case(std::mt19937& rng, bool bounded) {
    std::uniform_int_distribution<int> size(1, 9), small(0, 12), coin(0, 3);
    Case c;
    const int n = size(rng);
    bool positive = false;
    for (int i = 0; i < n; ++i) {
        const std::int64_t w = coin(rng) == 0 ? 0 : small(rng) * (coin(rng) == 0 ? 37 : 1);
        positive = positive || w > 0;
        c.weights.push_back(w);
        std::int64_t lo = bounded && coin(rng) == 0 ? small(rng) / 4 : 0;
        std::optional<std::int64_t> hi;
        if (bounded && coin(rng) == 0) hi = lo + small(rng) / 3;
        c.minimum.push_back(lo);
        c.maximum.push_back(hi);
    }
    if (!positive) c.weights[0] = 5;
    std::int64_t cap = 0;
    bool unbounded = false;
    for (std::size_t i = 0; i < c.weights.size(); ++i) {
        c.low += c.minimum[i];
        if (c.weights[i] == 0)
            cap += c.minimum[i];
        else if (c.maximum[i])
            cap += *c.maximum[i];
        else
            unbounded = true;
    }
    if (!unbounded) c.high = cap;
    return c;
}

Allocation run(const Case& c, std::int64_t total, AllocationMethod method) {
    std::vector<double> w(c.weights.begin(), c.weights.end());
    Bounds lo, hi;
    for (std::size_t i = 0; i < c.weights.size(); ++i) {
        lo.push_back(static_cast<double>(c.minimum[i]));
        hi.push_back(c.maximum[i] ? std::optional<double>(static_cast<double>(*c.maximum[i]))
                                  : std::nullopt);
    }
    return allocate(w, static_cast<double>(total), method, lo, hi);
}

bool rule_prefers(const Case& c, std::size_t a, std::size_t b) {
    return c.weights[a] != c.weights[b] ? c.weights[a] > c.weights[b] : a < b;
}

// Seat-by-seat highest averages with rationals: the definition, not the fast algorithm.
// Priority of the next seat of a unit holding `a` seats is w / s(a); infinite when s(a) = 0.
// Huntington-Hill is compared squared: w^2 / (a (a + 1)).
struct Prio {
    bool infinite = false;
    cpp_rational value;
};

Prio next_priority(AllocationMethod m, std::int64_t w, std::int64_t a) {
    const cpp_int W = w;
    switch (m) {
    case AllocationMethod::dhondt:
        return {false, cpp_rational(W, cpp_int(a + 1))};
    case AllocationMethod::sainte_lague:
        return {false, cpp_rational(2 * W, cpp_int(2 * a + 1))};
    case AllocationMethod::adams:
        if (a == 0) return {true, 0};
        return {false, cpp_rational(W, cpp_int(a))};
    case AllocationMethod::dean: // s(a) = a (a + 1) / (a + 1/2)
        if (a == 0) return {true, 0};
        return {false, cpp_rational(W * (2 * a + 1), cpp_int(2 * a) * (a + 1))};
    default:
        if (a == 0) return {true, 0};
        return {false, cpp_rational(W * W, cpp_int(a) * (a + 1))};
    }
}

int compare(const Prio& x, const Prio& y) {
    if (x.infinite || y.infinite) return int(x.infinite) - int(y.infinite);
    return x.value < y.value ? -1 : (x.value > y.value ? 1 : 0);
}

Seats slow_divisor(const Case& c, std::int64_t total, AllocationMethod m, bool& tie) {
    Seats seats(c.minimum.begin(), c.minimum.end());
    std::int64_t left = total - c.low;
    std::optional<Prio> last;
    auto open = [&](std::size_t i) {
        return c.weights[i] > 0 && (!c.maximum[i] || seats[i] < *c.maximum[i]);
    };
    for (; left > 0; --left) {
        std::optional<std::size_t> best;
        for (std::size_t i = 0; i < seats.size(); ++i) {
            if (!open(i)) continue;
            if (!best) {
                best = i;
                continue;
            }
            const int cmp = compare(next_priority(m, c.weights[i], seats[i]),
                                    next_priority(m, c.weights[*best], seats[*best]));
            if (cmp > 0 || (cmp == 0 && rule_prefers(c, i, *best))) best = i;
        }
        REQUIRE(best);
        last = next_priority(m, c.weights[*best], seats[*best]);
        ++seats[*best];
    }
    tie = false;
    if (last)
        for (std::size_t i = 0; i < seats.size(); ++i)
            if (open(i) && compare(next_priority(m, c.weights[i], seats[i]), *last) == 0)
                tie = true;
    return seats;
}

// Hamilton with bounds the slow way: fix the units whose quota breaks a bound and share the
// rest again, until nothing breaks (when both kinds break, fix the kind whose excess is
// larger: that side is sure to stay fixed); then largest remainders on the bounded quotas.
std::vector<cpp_rational> slow_bounded_quotas(const Case& c, std::int64_t total) {
    const std::size_t n = c.weights.size();
    std::vector<cpp_rational> q(n);
    std::vector<bool> fixed(n, false);
    for (std::size_t i = 0; i < n; ++i)
        if (c.weights[i] == 0) {
            fixed[i] = true;
            q[i] = c.minimum[i];
        }
    for (;;) {
        cpp_rational rest = total;
        cpp_int weight = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (fixed[i])
                rest -= q[i];
            else
                weight += c.weights[i];
        }
        if (weight == 0) break;
        cpp_rational over = 0, under = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (fixed[i]) continue;
            q[i] = rest * R(c.weights[i]) / R(weight);
            if (q[i] < R(c.minimum[i])) under += R(c.minimum[i]) - q[i];
            if (c.maximum[i] && q[i] > R(*c.maximum[i])) over += q[i] - R(*c.maximum[i]);
        }
        if (over == 0 && under == 0) break;
        for (std::size_t i = 0; i < n; ++i) {
            if (fixed[i]) continue;
            if (over >= under && c.maximum[i] && q[i] > R(*c.maximum[i])) {
                fixed[i] = true;
                q[i] = *c.maximum[i];
            }
            if (under >= over && q[i] < R(c.minimum[i])) {
                fixed[i] = true;
                q[i] = c.minimum[i];
            }
        }
    }
    return q;
}

Seats slow_hamilton(const Case& c, std::int64_t total, bool& tie) {
    const std::vector<cpp_rational> q = slow_bounded_quotas(c, total);
    const std::size_t n = q.size();
    Seats seats(n);
    std::vector<cpp_rational> rest(n);
    std::vector<std::size_t> order(n);
    std::int64_t given = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const cpp_int whole = numerator(q[i]) / denominator(q[i]);
        seats[i] = whole.convert_to<std::int64_t>();
        rest[i] = q[i] - R(whole);
        given += seats[i];
        order[i] = i;
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return rest[a] != rest[b] ? rest[a] > rest[b] : rule_prefers(c, a, b);
    });
    const std::size_t left = static_cast<std::size_t>(total - given);
    for (std::size_t k = 0; k < left; ++k)
        ++seats[order[k]];
    tie = left > 0 && left < n && rest[order[left - 1]] == rest[order[left]];
    return seats;
}

constexpr AllocationMethod divisor_methods[] = {
    AllocationMethod::dhondt, AllocationMethod::sainte_lague, AllocationMethod::huntington_hill,
    AllocationMethod::adams, AllocationMethod::dean};

// Balinski and Young's quota method by its definition: seat after seat, the best D'Hondt
// priority w / (a + 1) among the units still below their (bounded) quota at the new size.
Seats slow_quota_method(const Case& c, std::int64_t total) {
    Seats seats(c.minimum.begin(), c.minimum.end());
    for (std::int64_t house = c.low; house < total; ++house) {
        const std::vector<cpp_rational> q = slow_bounded_quotas(c, house + 1);
        std::optional<std::size_t> best;
        for (std::size_t i = 0; i < seats.size(); ++i) {
            if (c.weights[i] == 0 || !(R(seats[i]) < q[i])) continue;
            if (!best) {
                best = i;
                continue;
            }
            const cpp_rational mine(cpp_int(c.weights[i]), cpp_int(seats[i] + 1));
            const cpp_rational theirs(cpp_int(c.weights[*best]), cpp_int(seats[*best] + 1));
            if (mine > theirs || (mine == theirs && rule_prefers(c, i, *best))) best = i;
        }
        REQUIRE(best);
        ++seats[*best];
    }
    return seats;
}

} // namespace

TEST_CASE("divisor methods agree with seat-by-seat highest averages, ties included") {
    std::mt19937 rng(20240403);
    int ties_seen = 0;
    for (int round = 0; round < 400; ++round) {
        const Case c = random_case(rng, round % 2 == 1);
        const std::int64_t top = c.high ? std::min(*c.high, c.low + 25) : c.low + 25;
        std::uniform_int_distribution<std::int64_t> pick(c.low, top);
        const std::int64_t total = pick(rng);
        for (AllocationMethod m : divisor_methods) {
            bool tie = false;
            const Seats expected = slow_divisor(c, total, m, tie);
            const Allocation got = run(c, total, m);
            CAPTURE(round);
            CAPTURE(canonical_name(m));
            CHECK(got.seats == expected);
            CHECK(got.ties.empty() == !tie);
            ties_seen += tie ? 1 : 0;
        }
    }
    CHECK(ties_seen > 20); // the generator does exercise the tie rule
}

TEST_CASE("Hamilton agrees with the iterative fix-and-redistribute procedure") {
    std::mt19937 rng(17920405);
    int ties_seen = 0;
    for (int round = 0; round < 600; ++round) {
        const Case c = random_case(rng, round % 3 != 0);
        const std::int64_t top = c.high ? std::min(*c.high, c.low + 30) : c.low + 30;
        std::uniform_int_distribution<std::int64_t> pick(c.low, top);
        const std::int64_t total = pick(rng);
        bool tie = false;
        const Seats expected = slow_hamilton(c, total, tie);
        const Allocation got = run(c, total, AllocationMethod::hamilton);
        CAPTURE(round);
        CHECK(got.seats == expected);
        CHECK(got.ties.empty() == !tie);
        ties_seen += tie ? 1 : 0;
        // The bounded quota rule: floor or ceiling of the bounded quota, bounds kept.
        const std::vector<cpp_rational> q = slow_bounded_quotas(c, total);
        for (std::size_t i = 0; i < q.size(); ++i) {
            CHECK(R(got.seats[i]) > q[i] - R(1));
            CHECK(R(got.seats[i]) < q[i] + R(1));
            CHECK(got.seats[i] >= c.minimum[i]);
            if (c.maximum[i]) CHECK(got.seats[i] <= *c.maximum[i]);
        }
    }
    CHECK(ties_seen > 20);
}

TEST_CASE("quota rule: Hamilton gives each unit the floor or the ceiling of its quota") {
    std::mt19937 rng(1852);
    std::uniform_int_distribution<int> size(1, 40), weight(0, 100000), seats(0, 500);
    for (int round = 0; round < 300; ++round) {
        std::vector<double> w(static_cast<std::size_t>(size(rng)));
        for (double& x : w)
            x = weight(rng) / 100.0; // two decimals, read exactly
        w[0] += 1;
        const std::int64_t total = seats(rng);
        const Allocation a = allocate(w, static_cast<double>(total), AllocationMethod::hamilton);
        // Exact quotas from the decimals typed: w in hundredths.
        cpp_int sum = 0;
        std::vector<cpp_int> cents;
        for (double x : w) {
            cents.push_back(static_cast<std::int64_t>(x * 100 + 0.5));
            sum += cents.back();
        }
        std::int64_t given = 0;
        for (std::size_t i = 0; i < w.size(); ++i) {
            const cpp_rational quota(cents[i] * total, sum);
            CHECK(R(a.seats[i]) > quota - R(1));
            CHECK(R(a.seats[i]) < quota + R(1));
            given += a.seats[i];
        }
        CHECK(given == total);
    }
}

TEST_CASE("house monotonicity: one more seat in all never takes a seat away (divisor methods)") {
    std::mt19937 rng(1941);
    for (int round = 0; round < 120; ++round) {
        const Case c = random_case(rng, round % 2 == 1);
        const std::int64_t top = c.high ? std::min(*c.high, c.low + 40) : c.low + 40;
        for (AllocationMethod m : divisor_methods) {
            Seats before = run(c, c.low, m).seats;
            for (std::int64_t total = c.low + 1; total <= top; ++total) {
                const Seats after = run(c, total, m).seats;
                for (std::size_t i = 0; i < after.size(); ++i) {
                    CAPTURE(round);
                    CAPTURE(total);
                    CHECK(after[i] >= before[i]);
                }
                before = after;
            }
        }
    }
}

TEST_CASE("quota method: its definition, the quota rule and house monotonicity") {
    // Balinski and Young (1975) prove the method within quota and house monotone; checked
    // here on random cases, with and without bounds (then against the bounded quotas).
    std::mt19937 rng(1975);
    for (int round = 0; round < 300; ++round) {
        const Case c = random_case(rng, round % 2 == 1);
        const std::int64_t top = c.high ? std::min(*c.high, c.low + 30) : c.low + 30;
        Seats before;
        for (std::int64_t total = c.low; total <= top; ++total) {
            CAPTURE(round);
            CAPTURE(total);
            const Seats got = run(c, total, AllocationMethod::quota).seats;
            CHECK(got == slow_quota_method(c, total));
            const std::vector<cpp_rational> q = slow_bounded_quotas(c, total);
            std::int64_t sum = 0;
            for (std::size_t i = 0; i < got.size(); ++i) {
                CHECK(R(got[i]) > q[i] - R(1));
                CHECK(R(got[i]) < q[i] + R(1));
                if (!before.empty()) CHECK(got[i] >= before[i]);
                sum += got[i];
            }
            CHECK(sum == total);
            before = got;
        }
    }
}

TEST_CASE("speed: 1,000 units and a total of 10,000 (prints, never fails on time)") {
    std::mt19937 rng(2024);
    std::uniform_int_distribution<int> cents(100, 10000000);
    std::vector<double> w(1000);
    for (double& x : w)
        x = cents(rng) / 100.0;
    const Bounds at_most_twenty{20.0};
    const Bounds at_least_two{2.0};
    for (AllocationMethod m : all_allocation_methods) {
        for (int variant = 0; variant < 3; ++variant) {
            const Bounds& lo = variant == 2 ? at_least_two : Bounds{};
            const Bounds& hi = variant == 1 ? at_most_twenty : Bounds{};
            const auto start = std::chrono::steady_clock::now();
            const Allocation a = allocate(w, 10000, m, lo, hi);
            const auto ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count();
            std::int64_t sum = 0;
            for (std::int64_t s : a.seats)
                sum += s;
            CHECK(sum == 10000);
            const std::string label = variant == 1 ? " max 20" : variant == 2 ? " min 2" : "";
            MESSAGE("ALLOCATE " << std::string(canonical_name(m)) << label << ": " << ms << " ms");
        }
    }
}

TEST_CASE("speed: extreme inputs stay fast (prints, never fails on time)") {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> exponent(-300, 300);
    std::vector<double> wide(1000); // exact integers of about 2,000 bits
    for (double& x : wide)
        x = std::pow(10.0, exponent(rng));
    std::vector<double> capped(1000, 1.0); // all but one unit capped at 1 seat
    capped[500] = 0.5;
    Bounds one_each(1000, 1.0);
    one_each[500] = std::nullopt;
    for (AllocationMethod m : all_allocation_methods) {
        auto start = std::chrono::steady_clock::now();
        const Allocation a = allocate(wide, 10000, m);
        const double wide_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        start = std::chrono::steady_clock::now();
        const Allocation b = allocate(capped, 10000, m, {}, one_each);
        const double capped_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        CHECK(b.seats[500] == 10000 - 999);
        std::int64_t sum = 0;
        for (std::int64_t s : a.seats)
            sum += s;
        CHECK(sum == 10000);
        MESSAGE("ALLOCATE " << std::string(canonical_name(m)) << ": weights 1e-300..1e300 "
                            << wide_ms << " ms, 999 units capped " << capped_ms << " ms");
    }
}
