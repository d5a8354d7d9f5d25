import Foundation
import Testing
import TestSupport

/// The survey waves on paper: a line under the heading says what prints, the stylesheet prints it.
/// (Tests of the example site's suite, whose build they read.)
extension StakeholderSiteTests {
    @Test func printedSurveyWavesSayTheyShowAPersonasAndTheIndicatorsChangesWhereSignificant() throws {
        let report = try #require(output.read("site/journeys/cake-order/report.html"))
        #expect(report.contains("""
            <p class="finding">The curve uses the answers of wave 2026-Q3 (waves: 2026-Q2, 2026-Q3).</p>
              <p class="print-only survey-note">On paper, a persona’s changes and those of NPS, CSAT and CES show only where they are significant; every change is on screen.</p>
            """))
        // A persona's changes, folded on screen, have a print-only copy (a closed fold prints empty),
        // and in the example each copy has significant rows, which paper keeps.
        let folds = report.components(separatedBy: "<details class=\"wave-personas\">").count - 1
        let copies = report.components(separatedBy: "<div class=\"print-only wave-personas-printed\">").dropFirst()
        #expect(folds == 2 && copies.count == folds)
        #expect(copies.allSatisfy { $0.components(separatedBy: "</table>")[0].contains("<tr class=\"significant\">") })
        let css = try #require(output.read("site/theme/style.css"))
        #expect(css.contains("/* What only paper says: hidden on screen. */\n.print-only { display: none; }"))
        #expect(css.contains(".wave-personas-printed tbody tr:not(.significant), "))
        #expect(css.contains("[aria-labelledby=\"waves-heading\"] > .table-scroll ~ .table-scroll tbody tr:not(.significant) { display: none; }"))
        let french = try #require(output.read("site/journeys/abonnement-panier/report.html"))
        #expect(french.contains("<p class=\"print-only survey-note\">Sur papier, les écarts d’un persona et ceux du NPS, du CSAT et du CES ne figurent que s’ils sont significatifs\u{202F}; tous les écarts sont à l’écran.</p>"))
    }
}
