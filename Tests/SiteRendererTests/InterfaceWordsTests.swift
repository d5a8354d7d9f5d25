import Foundation
import JourneyModel
@testable import SiteRenderer
import Testing
import TestSupport

@Suite("The interface's words")
struct InterfaceWordsTests {
    @Test func theBuiltinFilesLoadCleanlyWithTheSameKeysAndValues() throws {
        let (words, diagnostics) = InterfaceWords.load(.builtin)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let english = try #require(words?.tables["en"]), french = try #require(words?.tables["fr"])
        #expect(Set(french.keys) == Set(english.keys))
        for (key, text) in english {
            #expect(InterfaceWords.placeholders(in: french[key] ?? "") == InterfaceWords.placeholders(in: text), "\(key)")
        }
    }

    @Test func aSentencePutsItsValuesWhereTheLanguageWantsThem() {
        let strings = InterfaceWords.builtin.strings(language: "fr")
        #expect(strings.sentence("finding_lowest_point", ["stage": "Achat", "score": "−1,5"]) == "Point le plus bas\u{00A0}: Achat, −1,5.")
        // A value that looks like a placeholder is written as it is.
        #expect(strings.sentence("page_title_tag", ["tag": "{tag} {score}"]) == "Étiquette\u{00A0}: {tag} {score}")
    }

    @Test func aTranslationThatLosesAValueIsAnErrorAtItsKeyAndOtherGapsAreWarnings() {
        let folder = TemporaryFolder()
        folder.write("strings/de.yml", "nav_journeys: \"Reisen\"\nfinding_lowest_point: \"Tiefpunkt: {stage}.\"\nnav_jurneys: \"x\"\n")
        let (words, diagnostics) = InterfaceWords.load(ThemeFiles(folder: folder.url, display: "Templates"))
        #expect(words == nil)
        #expect(diagnostics.map(\.description) == [
            "Templates/strings/de.yml:2:1: error: 'finding_lowest_point' must name {score}, {stage} as the English text does\n    hint: English: Lowest point: {stage}, {score}.",
            "Templates/strings/de.yml:3:1: warning: 'nav_jurneys' is not a word of the interface; it is ignored\n    hint: did you mean 'nav_journeys'?",
        ] + diagnostics.suffix(1).map(\.description))
        #expect(diagnostics.last?.message.hasPrefix("\(InterfaceWords.builtin.keys.count - 2) words of the interface are not in de: ") == true)
    }
}
