import Foundation
import JourneyModel

/// The French words a French note may use for the fixed words of the format (`severity: élevé`),
/// by the word they stand for; looked up without case or accents (`eleve`, `Élevée`).
enum FrenchWords {
    /// The French words for each of `Choice`'s values, the first of each the one hints show.
    static func words<Choice: RawRepresentable & CaseIterable>(for type: Choice.Type) -> [(word: String, value: String)]
    where Choice.RawValue == String {
        let table: [(String, [String])] = switch type {
        case is Level.Type:
            [("low", ["faible", "bas", "basse"]), ("medium", ["moyen", "moyenne"]),
             ("high", ["élevé", "élevée", "haut", "haute", "fort", "forte"])]
        case is OpportunityStatus.Type:
            [("proposed", ["proposé", "proposée"]), ("planned", ["prévu", "prévue", "planifié", "planifiée"]),
             ("in-progress", ["en cours"]), ("done", ["fait", "faite", "terminé", "terminée", "réalisé", "réalisée"])]
        case is Evidence.Type:
            [("survey", ["enquête", "sondage"]), ("analytics", ["mesures", "analytique", "statistiques"]),
             ("interviews", ["entretiens", "entretien"]), ("assumption", ["hypothèse"])]
        case is JourneyState.Type:
            [("current", ["actuel", "actuelle"]), ("future", ["futur", "future", "cible"])]
        default:
            []
        }
        return table.flatMap { value, words in words.map { ($0, value) } }
    }

    /// The value a French `word` stands for, if it is one.
    static func value<Choice: RawRepresentable & CaseIterable>(of word: String, as type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        let folded = fold(word)
        return words(for: type).first { fold($0.word) == folded }.flatMap { Choice(rawValue: $0.value) }
    }

    /// The French word hints show for each value, in the values' order: `faible, moyen, élevé`.
    static func hintWords<Choice: RawRepresentable & CaseIterable>(for type: Choice.Type) -> [String] where Choice.RawValue == String {
        let words = words(for: type)
        return Choice.allCases.compactMap { value in words.first { $0.value == value.rawValue }?.word }
    }

    private static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).trimmingCharacters(in: .whitespaces)
    }
}
