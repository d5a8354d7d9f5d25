@testable import ContentLoader
import Foundation
import JourneyModel
import Testing
import TestSupport

/// Numbers as people write them, and the commas YAML cuts values at.
@Suite("Numbers as people write them")
struct WrittenNumberTests {
    @Test(arguments: [
        ("3.6", "en", WrittenNumber.number(3.6, decimalComma: false)), ("3,6", "fr", .number(3.6, decimalComma: true)),
        ("3,6", "en", .number(3.6, decimalComma: true)), ("−1,5", "fr", .number(-1.5, decimalComma: true)),
        ("-0.5", "en", .number(-0.5, decimalComma: false)), ("+2", "en", .number(2, decimalComma: false)),
        ("1 200", "fr", .number(1200, decimalComma: false)), ("1\u{A0}200", "fr", .number(1200, decimalComma: false)),
        ("1\u{202F}200,5", "fr", .number(1200.5, decimalComma: true)), ("12\u{2009}345\u{2009}678", "en", .number(12_345_678, decimalComma: false)),
        ("1,200.5", "en", .number(1200.5, decimalComma: false)), ("1.200,5", "fr", .number(1200.5, decimalComma: true)),
        ("1,200", "en", .ambiguous), ("1.200", "fr", .ambiguous), ("1,200", "fr", .number(1.2, decimalComma: true)),
        ("0,125", "en", .number(0.125, decimalComma: true)), ("1e3", "en", .number(1000, decimalComma: false)), (".5", "en", .number(0.5, decimalComma: false)),
        ("12 00", "fr", .notANumber), ("1,2,3", "en", .notANumber), ("3,", "fr", .notANumber), ("abc", "en", .notANumber),
        ("", "en", .notANumber), ("1 2", "en", .notANumber), ("nan", "en", .notANumber), ("inf", "en", .notANumber),
    ])
    func readsNumbers(text: String, language: String, expected: WrittenNumber) {
        #expect(WrittenNumber(text, language: language) == expected)
    }

    private func load(site: String = ContentSamples.site, stage extra: String) -> ContentLoader.Result {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("site.yml", site)
        folder.write("journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "-1", extra: extra))
        return ContentLoader(root: folder.url, displayRoot: "Content").load()
    }

    private let frenchSite = ContentSamples.site.replacingOccurrences(of: "language: en", with: "language: fr")

    @Test func aFrenchSiteReadsDecimalCommasAndSpacedThousandsWithoutAWord() throws {
        let result = load(site: frenchSite, stage: "metrics:\n  visitors: 1 200\n  csat: 3,6\n")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let metrics = try #require(result.content.journeys.first?.stages.last?.metrics)
        #expect(metrics.visitors == 1200 && metrics.csat == 3.6)
    }

    @Test func anEnglishSiteReadsADecimalCommaWithAWarningAndRefusesAnAmbiguousOne() {
        let result = load(stage: "metrics:\n  csat: 3,6\n  visitors: 1,200\n")
        #expect(result.diagnostics.map(\.description) == [
            "Content/journeys/bread/02-purchase.md:5:9: warning: 'csat' is '3,6', read as 3.6\n    hint: write 'csat: 3.6' with a decimal point, as English text does",
            "Content/journeys/bread/02-purchase.md:6:13: error: 'visitors' is '1,200', which may be 1200 or 1.200\n    hint: write 'visitors: 1200' without a separator, or 'visitors: 1.200'",
        ])
    }

    @Test func aDecimalCommaThatYAMLWouldSplitIsOneErrorAtIt() {
        let result = load(site: frenchSite, stage: "emotions: { ann: 1,5 }\nmetrics: { visitors: 10, csat: 3,6 }\n")
        #expect(result.diagnostics.map(\.description) == [
            "Content/journeys/bread/02-purchase.md:4:18: error: '1,5' would be read as two values: inside [ … ] or { … }, a comma separates values\n"
                + "    hint: write 1.5 with a decimal point, or quote it: \"1,5\"",
        ])
    }

    @Test func aTextCutAtACommaInBracesIsOneErrorThatSaysToQuoteIt() {
        let result = load(stage: "pain_points:\n  - { text: Questions (weight, treatments), severity: high }\n  - { text: a, b, c }\n")
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "Content/journeys/bread/02-purchase.md:5:13: error: 'text' is cut at its comma: inside { … } a comma ends a value, and 'treatments)' became a key without a value\n"
                + "    hint: quote the text: text: \"Questions (weight, treatments)\"",
            "Content/journeys/bread/02-purchase.md:6:13: error: 'text' is cut at its commas: inside { … } a comma ends a value, and 'b', 'c' became keys without a value\n"
                + "    hint: quote the text: text: \"a, b, c\"",
        ])
        #expect(!result.diagnostics.contains { $0.message.contains("unknown key") })
    }

    @Test func aKeyWithAColonAndNoValueIsNotACut() {
        let result = load(stage: "opportunities:\n  - { text: Faster, owner: }\n")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
    }
}

/// The fixed words of the format in French, in a French site.
@Suite("French words")
struct FrenchWordsTests {
    private func load(language: String, stage extra: String) -> ContentLoader.Result {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("site.yml", ContentSamples.site.replacingOccurrences(of: "language: en", with: "language: \(language)"))
        folder.write("journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "-1", extra: extra))
        return ContentLoader(root: folder.url, displayRoot: "Content").load()
    }

    @Test func aFrenchNoteMayWriteLevelsStatusesAndEvidenceInFrench() throws {
        let result = load(language: "fr", stage: """
            evidence: Enquête
            pain_points: [{ text: Attente, severity: élevée }]
            opportunities: [{ text: SMS, impact: eleve, effort: Faible, status: en cours }]

            """)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let stage = try #require(result.content.journeys.first?.stages.last)
        #expect(stage.evidence == .survey && stage.painPoints.first?.severity == .high)
        #expect(stage.opportunities.first.map { [$0.impact, $0.effort] } == [.high, .low])
        #expect(stage.opportunities.first?.status == .inProgress)
    }

    @Test func theHintOfAFrenchSiteListsTheFrenchWords() {
        let result = load(language: "fr", stage: "pain_points: [{ text: Attente, severity: hauteur }]\n")
        #expect(result.diagnostics.map(\.description).contains(
            "Content/journeys/bread/02-purchase.md:4:42: error: 'severity' is 'hauteur', which is not one of: low, medium, high (faible, moyen, élevé)\n"
                + "    hint: did you mean 'haute'?"))
    }

    @Test func anEnglishSiteTakesOnlyTheEnglishWords() {
        let result = load(language: "en", stage: "evidence: enquête\n")
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("'evidence' is 'enquête'") })
    }
}
