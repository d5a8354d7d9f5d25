import ContentLoader
import Foundation
import JourneyAnalysis
import JourneyModel
import Testing
import TestSupport

/// Survey exports as teams bring them, mapped in site.yml: the right n and mean per stage.
@Suite("Survey exports, end to end")
struct SurveyExportSiteTests {
    @Test func aFrenchExcelExportAndAWideSurveyToolExportGiveTheRightNAndMeanPerStage() throws {
        let site = FixtureSite()
        site.folder.write("Content/site.yml", ContentSamples.site.replacingOccurrences(of: "language: en", with: "language: fr") + """
            surveys:
              - file: data/excel.csv
              - file: data/forms.csv
                journey: bread
                columns: { persona: Profil, respondent: Horodateur }
                scores: { Awareness: "Comment nous avez-vous connus ?", purchase: "Le paiement était-il simple ?" }
                scale: { min: 1, max: 10 }

            """)
        // French Excel: ";", Windows-1252 (è = E8), decimal commas.
        let excel = "journey;stage;persona;score;comment\r\nbread;Awareness;Ann;4,5;Tr\u{E8}s bien\r\nbread;Awareness;;3,5;\r\nbread;achat;ann;2;\r\n"
        site.folder.write("Content/data/excel.csv", bytes: excel.unicodeScalars.map { UInt8($0.value) })
        site.folder.write("Content/data/forms.csv", """
            "Horodateur","Profil","Comment nous avez-vous connus ?","Le paiement était-il simple ?"
            "2026/11/02 10:14","Ann","10","1"
            "2026/11/02 11:02","","7",""

            """)
        let result = ContentLoader(root: site.folder.url.appendingPathComponent("Content"), displayRoot: "Content").load()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let journey = try #require(SiteAnalysis(content: result.content).journey("bread"))
        let awareness = try #require(journey.surveys[0]?.overall), purchase = try #require(journey.surveys[1]?.overall)
        // Awareness: 4.5 and 3.5 on 1…5 (→ 1.5, 0.5), 10 and 7 on 1…10 (→ 2, 2/3): n 4.
        #expect(awareness.count == 4)
        #expect(abs(awareness.mean - (1.5 + 0.5 + 2 + 2.0 / 3) / 4) < 1e-9)
        // Purchase: 'achat' is no stage of the English sample, so only the form's 1 on 1…10 (→ −2).
        #expect(purchase.count == 1 && purchase.mean == -2)
        #expect(result.diagnostics.contains { $0.message.hasPrefix("survey row rejected: the journey 'bread' has no stage 'achat'") })
        #expect(result.content.responses.first?.comment == "Très bien")
    }
}
