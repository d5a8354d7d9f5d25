import JourneyModel

extension Snapshot {
    /// The scores of every journey as the analysis computed them, with the number of survey
    /// answers behind the survey-based ones.
    public init(_ analysis: SiteAnalysis, label: String, date: String?) {
        self.init(label: label, date: date)
        for item in analysis.journeys {
            journeys[item.journey.slug] = JourneyScores(item)
        }
    }
}

extension Snapshot.JourneyScores {
    /// One journey's scores as the analysis computed them.
    init(_ item: JourneyAnalysis) {
        self.init(overall: item.overallScore, overallInterval: item.overallInterval)
        for (index, stage) in item.journey.stages.enumerated() {
            if let value = item.stageScores[index] {
                stages[stage.slug] = Snapshot.Score(value: value, answers: item.surveys[index]?.overall.count)
            }
            for wave in item.waves?.stages[index] ?? [] {
                guard let survey = wave.survey else { continue }
                waves[stage.slug, default: [:]][wave.wave] = Snapshot.Score(survey.overall)
                for (persona, statistics) in survey.byPersona {
                    personaWaves[stage.slug, default: [:]][persona, default: [:]][wave.wave] = Snapshot.Score(statistics)
                }
            }
            for curve in item.curves {
                guard let persona = curve.persona, let score = curve.scores[index] else { continue }
                personas[stage.slug, default: [:]][persona] = Snapshot.Score(value: score.value, answers: score.answers?.count)
            }
        }
    }
}

extension Snapshot.Score {
    /// A survey's mean, with its n and standard deviation.
    init(_ statistics: AnswerStatistics) {
        self.init(value: statistics.mean, answers: statistics.count, deviation: statistics.standardDeviation)
    }
}
