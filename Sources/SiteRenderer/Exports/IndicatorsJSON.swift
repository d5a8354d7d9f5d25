import JourneyAnalysis

/// NPS, CSAT and CES from survey answers, as `journeys.json` writes them: each with n and its 95 % interval.
extension JourneysJSON {
    struct StageIndicatorsEntry: Encodable {
        var overall: IndicatorsEntry
        /// By persona slug.
        var personas: [String: IndicatorsEntry]

        init(_ indicators: StageIndicators) {
            overall = IndicatorsEntry(indicators.overall)
            personas = indicators.byPersona.mapValues(IndicatorsEntry.init)
        }
    }

    struct IndicatorsEntry: Encodable {
        var nps, csat, ces: FigureEntry?

        init(_ statistics: IndicatorStatistics) {
            nps = statistics.nps.map { FigureEntry(value: $0.score, count: $0.count, interval: $0.interval) }
            csat = statistics.csat.map { FigureEntry(value: $0.share, count: $0.count, interval: $0.interval) }
            ces = statistics.ces.map { FigureEntry(value: $0.mean, count: $0.count, interval: $0.interval) }
        }
    }

    /// A figure, its n, and its 95 % interval as `[low, high]` (none for a single CES answer).
    struct FigureEntry: Encodable {
        var value: Double
        var count: Int
        var interval: [Double]?

        init(value: Double, count: Int, interval: ClosedRange<Double>?) {
            self.value = round(value)!
            self.count = count
            self.interval = interval.map { [round($0.lowerBound)!, round($0.upperBound)!] }
        }
    }
}
