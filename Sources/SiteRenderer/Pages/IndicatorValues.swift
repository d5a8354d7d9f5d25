import JourneyAnalysis

/// NPS, CSAT and CES computed from survey answers, as pages show them: `NPS +20`, `CSAT 70%`, `CES 3.4`.
extension PageContext {
    /// The indicators the answers give, each with its n and 95 % interval in words, and the wave
    /// the answers are of when the curve uses one.
    func indicatorValues(_ statistics: IndicatorStatistics, wave: String?) -> [StageView.Metric] {
        var values: [StageView.Metric] = []
        func add(_ key: String, _ value: String, count: Int, from low: String, to high: String) {
            let words: KeyValuePairs = ["count": format.integer(count), "low": low, "high": high, "wave": wave ?? ""]
            values.append(.init(label: strings[key], value: value,
                                source: strings.sentence(wave == nil ? "metric_from_answers" : "metric_from_wave_answers", words),
                                fromAnswers: true))
        }
        if let nps = statistics.nps {
            add("metric_nps", points(nps.score), count: nps.count, from: points(nps.interval.lowerBound), to: points(nps.interval.upperBound))
        }
        if let csat = statistics.csat {
            add("metric_csat", format.percent(csat.share), count: csat.count,
                from: format.percent(csat.interval.lowerBound), to: format.percent(csat.interval.upperBound))
        }
        if let ces = statistics.ces {
            add("metric_ces", format.decimal(ces.mean, digits: 1), count: ces.count,
                from: ces.interval.map { format.decimal($0.lowerBound, digits: 1) } ?? "—",
                to: ces.interval.map { format.decimal($0.upperBound, digits: 1) } ?? "—")
        }
        return values
    }

    /// NPS points, whole and signed: `+20`, `−15`, `0`.
    func points(_ value: Double) -> String {
        let rounded = value.rounded()
        return rounded == 0 ? "0" : (rounded > 0 ? "+" : "") + format.decimal(rounded, digits: 0)
    }
}
