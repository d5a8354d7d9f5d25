import JourneyAnalysis
import JourneyModel

/// Generated sites for the chart tests: in each, a journey of every size from 1 to 12 stages and
/// 1 to 6 personas, with steps, pain points, assumed stages, touchpoints, opportunities and
/// visitors, and a future journey compared with every third one. Every other journey has long
/// names (its personas', its stages' (one a single long word) and its channels') and long texts
/// in its lanes, for the poster.
struct ChartSample: Sendable, CustomStringConvertible {
    /// Where the scores come from and where they sit on the scale.
    enum Scores: String, Sendable, CaseIterable {
        /// Written scores anywhere on a 0…10 scale, whose eleven levels crowd the axis.
        case varied
        /// Every score at the scale's minimum, written or from the survey.
        case minimum
        /// Every score at the scale's maximum, written or from the survey.
        case maximum
        /// A score per stage alternating the scale's two ends.
        case alternating
        /// Survey answers only, forty per stage and persona.
        case denseSurvey
        /// Survey answers only, none to four per stage and persona: thin evidence and gaps.
        case sparseSurvey
    }

    var language: String
    var scores: Scores

    /// Every combination.
    static let all = ["en", "fr"].flatMap { language in Scores.allCases.map { ChartSample(language: language, scores: $0) } }

    var description: String { "\(scores.rawValue), \(language)" }

    var scale: EmotionScale {
        scores == .varied ? EmotionScale(min: 0, max: 10, labels: [0: "0 \(words.low)", 5: words.neutral, 10: words.high])
            : EmotionScale(labels: EmotionScale.defaultLabels(language: language))
    }

    /// The site: personas, then each journey and the future journeys compared with some of them.
    var analysis: SiteAnalysis {
        var random = SeededRandom(seed: UInt64(language.utf8.reduce(0) { $0 * 31 + Int($1) } + scores.rawValue.count))
        let personas = (0..<12).map {
            Persona(slug: "p\($0 + 1)", name: name(ofPersona: $0), role: $0 >= 6 ? text(words: 12) : nil, quote: $0 >= 6 ? text(words: 30) : nil,
                    color: $0 % 3 == 0 ? nil : "#1d4ed8")
        }
        var journeys: [Journey] = [], responses: [SurveyResponse] = []
        for stages in 1...12 {
            for count in 1...6 {
                let slug = "j\(stages)-\(count)", long = (stages + count) % 2 == 1
                let members = personas[(long ? 6 : 0)...].prefix(count).map(\.slug)
                let journey = Journey(slug: slug, title: "Journey \(stages)×\(count)" + (long ? ": " + text(words: 14) : ""), personas: members,
                                      scenario: long ? text(words: 90) : nil, expectations: long ? [text(words: 20), text(words: 8)] : [],
                                      owner: long ? text(words: 4) : nil, stages: (0..<stages).map {
                    stage(at: $0, long: long, personas: members, random: &random)
                })
                journeys.append(journey)
                responses += survey(of: journey, random: &random)
                if (stages + count) % 3 == 0 {
                    journeys.append(Journey(slug: slug + "-next", title: name(of: "Future journey", "Parcours cible"), personas: [members[0]],
                                            state: .future, compares: slug, stages: journey.stages.map { stage in
                                                Stage(number: stage.number, slug: stage.slug, name: stage.name, emotion: Double(scale.max))
                                            }))
                }
            }
        }
        let site = Site(title: "Samples", language: language, scale: scale)
        return SiteAnalysis(content: SiteContent(site: site, personas: personas, journeys: journeys, responses: responses))
    }

    private var words: (low: String, neutral: String, high: String) {
        language == "fr" ? ("Très déçu", "Neutre", "Enthousiaste") : ("Very let down", "Neutral", "Thrilled")
    }

    private func name(of english: String, _ french: String) -> String { language == "fr" ? french : english }

    /// Six short names, then six long ones.
    private func name(ofPersona index: Int) -> String {
        let first = ["Ann", "Bob", "Chloé", "Dev", "Eve", "Farid"][index % 6]
        return index >= 6 ? "\(first) \(name(of: "Worthington-Smythe, office manager", "de La Tour-Martin, gérante"))" : first
    }

    private func name(ofStage index: Int, long: Bool) -> String {
        let english = ["Awareness", "Consideration", "Decision", "Purchase", "Post-purchase", "Loyalty", "Advocacy", "Onboarding",
                       "Adoption", "Retention", "Expansion", "Renewal"]
        let french = ["Sensibilisation", "Évaluation", "Intérêt", "Intention", "Achat", "Post-achat", "Rétention", "Recommandation",
                      "Fidélité", "Réabonnement", "Parrainage", "Résiliation"]
        let short = language == "fr" ? french[index] : english[index]
        guard long else { return short }
        return index == 5 ? name(of: "Customerrelationshipmanagementplatformmigration", "Recommandationsconfidentialitéréglementaire")
            : short + name(of: " after comparing every offer on the website", " après comparaison de toutes les offres du site")
    }

    /// A text of so many words, one of them longer than a column: for the poster's wrapping.
    private func text(words count: Int) -> String {
        let words = name(of: "the delivery fee shows only at the last step, so customers leave the order before paying it",
                         "les frais de livraison n’apparaissent qu’à la dernière étape : les clients abandonnent avant de payer ?").split(separator: " ")
        return (0..<count).map { $0 == 3 ? name(of: "Customerrelationshipmanagementplatformmigration", "Recommandationsconfidentialitéréglementaire")
            : String(words[$0 % words.count]) }.joined(separator: " ")
    }

    private func score(at stage: Int, random: inout SeededRandom) -> Double {
        let scale = self.scale
        switch scores {
        case .minimum: return Double(scale.min)
        case .maximum: return Double(scale.max)
        case .alternating: return Double(stage.isMultiple(of: 2) ? scale.min : scale.max)
        case .varied, .denseSurvey, .sparseSurvey: return Double(Int.random(in: scale.min...scale.max, using: &random))
        }
    }

    private func stage(at index: Int, long: Bool, personas: [String], random: inout SeededRandom) -> Stage {
        let written = scores == .varied || scores == .alternating || ([.minimum, .maximum].contains(scores) && index.isMultiple(of: 2))
        let channels = long ? ["customer service phone line", "website", "in-shop counter"] : ["web", "shop", "phone"]
        let levels = Level.allCases
        return Stage(
            number: index + 1, slug: "s\(index + 1)", name: name(ofStage: index, long: long),
            emotions: written ? Dictionary(uniqueKeysWithValues: personas.map { ($0, score(at: index, random: &random)) }) : [:],
            feeling: long ? text(words: 5) : "Calm", quote: long ? "“\(text(words: 25))”" : nil,
            actions: (0..<(index % 4)).map { text(words: long ? 18 : 3 + $0) }, thoughts: long ? [text(words: 22), "Why? " + text(words: 6)] : [],
            touchpoints: (0..<(index % 3 + 1)).map { Touchpoint(name: "T\($0)", channel: channels[($0 + index) % 3], emotion: $0 == 2 ? nil : score(at: index, random: &random)) },
            steps: index % 3 == 1 ? (0..<3).map { Step(name: "Step \($0)", score: score(at: index + $0, random: &random)) } : [],
            painPoints: (0..<(index % 4)).map { PainPoint(text: long ? text(words: 16) : "Pain \($0)", severity: levels[($0 + index) % 3]) },
            opportunities: (0..<((index * personas.count) % 5 + 1)).map {
                Opportunity(text: long ? text(words: 12) : "Idea \($0)", impact: levels[($0 + index) % 3], effort: levels[($0 * 2 + index) % 3],
                            owner: long ? text(words: 3) : nil)
            },
            metrics: Metrics(visitors: 10_000 / (index + 1) + (index % 4 == 3 ? 3_000 : 0)),
            evidence: index % 4 == 3 ? .assumption : .survey, owner: long ? text(words: 5) : nil, timeOfDay: long ? "07:30" : nil)
    }

    /// Answers for the stages whose scores come from the survey.
    private func survey(of journey: Journey, random: inout SeededRandom) -> [SurveyResponse] {
        journey.stages.enumerated().flatMap { index, stage -> [SurveyResponse] in
            guard stage.emotions.isEmpty else { return [] }
            return journey.personas.flatMap { persona -> [SurveyResponse] in
                let count = scores == .sparseSurvey ? Int.random(in: 0...4, using: &random) : scores == .denseSurvey ? 40 : 6
                return (0..<count).map { _ in
                    SurveyResponse(journey: journey.slug, stage: stage.slug, persona: persona, score: score(at: index, random: &random),
                                   source: SourceLocation(file: "survey.csv"))
                }
            }
        }
    }
}
