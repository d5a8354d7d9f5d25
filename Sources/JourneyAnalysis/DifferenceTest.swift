import Foundation

/// The change of a figure between two survey waves: the difference, its 95 % interval and its
/// two-sided p-value, whichever test gave them.
public struct DifferenceTest: Sendable, Hashable {
    /// The second figure minus the first.
    public var difference: Double
    public var interval: ClosedRange<Double>
    public var p: Double

    /// Whether the difference is significant at 95 %.
    public var isSignificant: Bool { p < 0.05 }

    /// The result of Welch's t-test.
    public init(_ welch: WelchTest) {
        difference = welch.difference
        interval = welch.interval
        p = welch.p
    }

    /// A z-test of a difference between two large-sample estimates, from its standard error (each
    /// side with its own variance), which the interval uses too: the change is significant exactly
    /// when its interval leaves out zero. Nil when the error is zero (neither set of answers varies).
    init?(difference: Double, standardError: Double) {
        guard standardError > 0 else { return nil }
        self.difference = difference
        p = erfc(abs(difference / standardError) / 2.0.squareRoot())
        let margin = Self.z975 * standardError
        interval = (difference - margin)...(difference + margin)
    }

    /// The 97.5 % quantile of the standard normal distribution.
    static let z975 = 1.959963984540054

    /// The change of NPS, in points; each wave's variance is (p₊ + p₋ − (p₊ − p₋)²) / n, as the NPS interval's.
    public static func netPromoter(_ first: NetPromoterScore, _ second: NetPromoterScore) -> DifferenceTest? {
        func variance(_ nps: NetPromoterScore) -> Double {
            let n = Double(nps.count), promoting = Double(nps.promoters) / n, detracting = Double(nps.detractors) / n
            return (promoting + detracting - (promoting - detracting) * (promoting - detracting)) / n
        }
        return DifferenceTest(difference: second.score - first.score, standardError: (variance(first) + variance(second)).squareRoot() * 100)
    }

    /// The change of the CSAT share (0…1); each wave's variance is p(1 − p) / n.
    public static func satisfaction(_ first: SatisfactionScore, _ second: SatisfactionScore) -> DifferenceTest? {
        func variance(_ csat: SatisfactionScore) -> Double { csat.share * (1 - csat.share) / Double(csat.count) }
        return DifferenceTest(difference: second.share - first.share, standardError: (variance(first) + variance(second)).squareRoot())
    }
}
