import Foundation

/// Student's t distribution: its CDF from the regularized incomplete beta function (continued
/// fraction, as Numerical Recipes' `betai` and `betacf`), and its 97.5 % quantile.
public enum StudentT {
    /// P(T ≤ t) for `df` degrees of freedom (any positive real).
    public static func cdf(_ t: Double, degreesOfFreedom df: Double) -> Double {
        let tail = 0.5 * incompleteBeta(df / 2, 0.5, df / (df + t * t))
        return t >= 0 ? 1 - tail : tail
    }

    /// The two-sided p-value of `t`: P(|T| ≥ |t|).
    public static func twoSidedP(_ t: Double, degreesOfFreedom df: Double) -> Double {
        incompleteBeta(df / 2, 0.5, df / (df + t * t))
    }

    /// t such that P(T ≤ t) = 0.975, by bisection on the CDF (to 1e-10).
    public static func quantile975(degreesOfFreedom df: Double) -> Double {
        var low = 0.0, high = 1000.0
        while high - low > 1e-10 {
            let middle = (low + high) / 2
            if cdf(middle, degreesOfFreedom: df) < 0.975 { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// The regularized incomplete beta function Iₓ(a, b).
    static func incompleteBeta(_ a: Double, _ b: Double, _ x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logGammas: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let front = exp(logGammas + logPowers)
        // The continued fraction converges quickly for x < (a + 1)/(a + b + 2); use the symmetry otherwise.
        if x < (a + 1) / (a + b + 2) { return front * continuedFraction(a, b, x) / a }
        return 1 - front * continuedFraction(b, a, 1 - x) / b
    }

    /// The continued fraction of the incomplete beta function, by the modified Lentz method.
    private static func continuedFraction(_ a: Double, _ b: Double, _ x: Double) -> Double {
        let tiny = 1e-300, epsilon = 1e-15
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0, d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...300 {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return h
    }
}

/// Welch's t-test of the difference between two means, from their n, mean and standard deviation.
public struct WelchTest: Sendable, Hashable {
    /// The second mean minus the first.
    public var difference: Double
    /// Its 95 % confidence interval.
    public var interval: ClosedRange<Double>
    public var t: Double
    /// Welch–Satterthwaite degrees of freedom.
    public var degreesOfFreedom: Double
    /// Two-sided.
    public var p: Double

    /// Whether the difference is significant at 95 %.
    public var isSignificant: Bool { p < 0.05 }

    /// Nil when a side has fewer than two answers, or neither has any spread.
    public init?(_ first: AnswerStatistics, _ second: AnswerStatistics) {
        self.init((first.count, first.mean, first.standardDeviation), (second.count, second.mean, second.standardDeviation))
    }

    /// The change of CES between two sets of answers; nil as for scores.
    public init?(_ first: EffortScore, _ second: EffortScore) {
        self.init((first.count, first.mean, first.standardDeviation), (second.count, second.mean, second.standardDeviation))
    }

    private init?(_ first: (count: Int, mean: Double, deviation: Double?), _ second: (count: Int, mean: Double, deviation: Double?)) {
        guard let s1 = first.deviation, let s2 = second.deviation else { return nil }
        let v1 = s1 * s1 / Double(first.count), v2 = s2 * s2 / Double(second.count)
        guard v1 + v2 > 0 else { return nil }
        let se = (v1 + v2).squareRoot()
        difference = second.mean - first.mean
        t = difference / se
        degreesOfFreedom = (v1 + v2) * (v1 + v2) / (v1 * v1 / Double(first.count - 1) + v2 * v2 / Double(second.count - 1))
        p = StudentT.twoSidedP(t, degreesOfFreedom: degreesOfFreedom)
        let margin = StudentT.quantile975(degreesOfFreedom: degreesOfFreedom) * se
        interval = (difference - margin)...(difference + margin)
    }
}
