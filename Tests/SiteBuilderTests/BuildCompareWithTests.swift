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
