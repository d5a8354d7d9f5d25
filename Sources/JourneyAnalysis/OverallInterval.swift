import JourneyModel

/// The 95 % confidence interval of a journey's overall score.
///
/// The overall score is the mean of the stage scores, each the mean of the personas' scores. It
/// is a weighted sum of those scores, so its standard error carries each survey mean's standard
/// error (s / √n) through the same weights; a set of answers that stands for several personas of
/// a stage (the answers naming no persona) counts once, with their weights added, and a single
/// answer, which has no spread of its own, borrows that of all the stage's answers. Scores typed in
/// notes, or read from steps and touchpoints, count as exact. The interval uses Student's t with
/// the Welch–Satterthwaite degrees of freedom, as the change between two waves does.
enum OverallInterval {
    /// The interval around `overall`, the curves' overall score, with `surveys` the answers about
    /// each stage; nil when no score comes from a survey, or a stage has a single answer in all.
    static func of(_ curves: [EmotionCurve], surveys: [StageSurvey?], around overall: Double?) -> ClosedRange<Double>? {
        let stageCount = curves.first?.scores.indices.filter { stage in curves.contains { $0.scores[stage] != nil } }.count ?? 0
        guard let overall, stageCount > 0 else { return nil }
        var terms: [(variance: Double, degreesOfFreedom: Int)] = []
        for stage in curves[0].scores.indices {
            let scores = curves.compactMap { $0.scores[stage] }
            guard !scores.isEmpty else { continue }
            let weight = 1 / Double(stageCount * scores.count)
            // In the order the personas come, so that the sum is the same on every run.
            var weights: [(answers: AnswerStatistics, weight: Double)] = []
            for answers in scores.compactMap(\.answers) {
                if let index = weights.firstIndex(where: { $0.answers == answers }) { weights[index].weight += weight }
                else { weights.append((answers, weight)) }
            }
            let all = stage < surveys.count ? surveys[stage]?.overall : nil
            for (answers, weight) in weights {
                guard let spread = spread(of: answers, else: all) else { return nil }
                terms.append((weight * weight * spread.deviation * spread.deviation / Double(answers.count), spread.degreesOfFreedom))
            }
        }
        guard !terms.isEmpty else { return nil }
        let variance = terms.reduce(0) { $0 + $1.variance }
        guard variance > 0 else { return overall...overall }
        let degreesOfFreedom = variance * variance / terms.reduce(0) { $0 + $1.variance * $1.variance / Double($1.degreesOfFreedom) }
        let margin = StudentT.quantile975(degreesOfFreedom: degreesOfFreedom) * variance.squareRoot()
        return (overall - margin)...(overall + margin)
    }

    /// The answers' standard deviation and its degrees of freedom; for a single answer, those of all
    /// the stage's answers.
    private static func spread(of answers: AnswerStatistics, else all: AnswerStatistics?) -> (deviation: Double, degreesOfFreedom: Int)? {
        for candidate in [answers, all].compactMap({ $0 }) {
            if let deviation = candidate.standardDeviation { return (deviation, candidate.count - 1) }
        }
        return nil
    }
}
