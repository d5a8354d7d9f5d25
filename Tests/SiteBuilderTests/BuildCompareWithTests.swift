import Foundation
import Testing
import TestSupport

/// `build --compare-with REV`: a page of what changed since REV, linked from the home page.
@Suite("journeymap build --compare-with", .enabled(if: FileManager.default.fileExists(atPath: JourneymapCommand.executable.path)))
struct BuildCompareWithTests {
    let templates = repositoryRoot.appendingPathComponent("Templates").path

    func build(_ site: GitSite, _ arguments: String...) async throws -> JourneymapCommand.Outcome {
        try await JourneymapCommand.run(["build", "--templates", templates, "--quiet"] + arguments, in: site.folder.url)
    }

    @Test func thePageShowsTheChangesAndTheHomePageLinksIt() async throws {
        let site = try await GitSite.withFeatureBranch()
        let built = try await build(site, "--compare-with", "main")
        #expect(built.status == 0, "\(built.errors)")
        let page = try #require(site.folder.read("_site/changes.html"))
        #expect(page.contains("<h1>What changed since main</h1>"))
        #expect(page.contains("Compared main (\(try await site.short("main"))) → working tree."))
        #expect(page.contains("<a href=\"journeys/cake/\">Cake order</a>") || page.contains("<a href=\"journeys/cake/index.html\">Cake order</a>"),
                "\(page)")
        #expect(page.contains("<li>Purchase, Claire Martin: −0.5 (note) → −1.1 (note) ▼ −0.6</li>"))
        #expect(page.contains("<li>added at Purchase: Payment page times out (high severity)</li>"))
        // The two curves on one chart, over the stages the journey has now.
        #expect(page.contains("id=\"changes-cake\""))
        #expect(page.contains(">Before<") && page.contains(">After<"))
        #expect(page.contains("<li>Discovery</li><li>Purchase</li><li>Collection</li><li>Review</li>"))
        #expect(site.folder.read("_site/index.html")?.contains("<a href=\"changes.html\">What changed since main</a>") == true)
    }

    @Test func onAFrenchSiteThePageIsInFrench() async throws {
        let site = try await GitSite.withFeatureBranch()
        site.folder.write("Content/site.yml", "title: Bakery\nlanguage: fr\n")
        let built = try await build(site, "--compare-with", "main")
        #expect(built.status == 0, "\(built.errors)")
        let page = try #require(site.folder.read("_site/changes.html"))
        #expect(page.contains("<li>Purchase, Claire Martin\u{A0}: −0,5 (note) → −1,1 (note) ▼ −0,6</li>"), "\(page)")
        #expect(page.contains("<li>ajouté à l’étape Purchase\u{A0}: Payment page times out (gravité élevée)</li>"))
        #expect(page.contains("<li>à l’étape Purchase\u{A0}: Show fees early\u{A0}: statut planifiée → réalisée</li>"))
        #expect(page.contains("1 parcours modifié\u{A0}: Cake order (Purchase −0,6 pour Claire Martin)\u{A0}; 1 nouveau point de friction grave\u{A0}; 1 opportunité réalisée"))
        #expect(page.contains("<li>Score global\u{A0}: "))
        #expect(page.contains("→ copie de travail."))
        for english in ["added at", "severity", "Overall score", "journey changed", "Key figures"] { #expect(!page.contains(english), "\(english)") }
    }

    @Test func anotherRevisionOrNoneIsNotTakenFromTheLastBuild() async throws {
        let site = try await GitSite.withFeatureBranch()
        #expect(try await build(site, "--compare-with", "main").status == 0)
        let again = try await build(site, "--compare-with", "feature")
        #expect(again.status == 0, "\(again.errors)")
        #expect(site.folder.read("_site/changes.html")?.contains("<h1>What changed since feature</h1>") == true)
        #expect(site.folder.read("_site/changes.html")?.contains("No change to the customer experience.") == true)
        let without = try await build(site)
        #expect(without.status == 0, "\(without.errors)")
        #expect(site.folder.read("_site/changes.html") == nil)
        #expect(site.folder.read("_site/index.html")?.contains("changes.html") == false)
    }

    @Test func aRevisionThatCannotBeReadIsAnErrorAsForDiff() async throws {
        let site = try await GitSite.withFeatureBranch()
        let unknown = try await build(site, "--compare-with", "no-such-branch")
        #expect(unknown.status == 1)
        #expect(unknown.errors.hasPrefix("error: unknown revision 'no-such-branch'\n    hint: "), "\(unknown.errors)")
        #expect(site.folder.read("_site/index.html") == nil)
        let outside = GitSite()
        outside.writeBase()
        let notGit = try await build(outside, "--compare-with", "main")
        #expect(notGit.status == 1)
        #expect(notGit.errors.hasPrefix("error: Content is not in a git repository\n    hint: "), "\(notGit.errors)")
    }
}
