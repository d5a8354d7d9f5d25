import Foundation
import Testing
import TestSupport

/// A git repository in a temporary folder whose content changes from commit to commit.
struct GitSite {
    let folder = TemporaryFolder("journeymap-diff")

    /// Runs git in the repository, as a user with a name and address; its standard output.
    /// (Waited for off the test runner's threads, as `JourneymapCommand` does.)
    @discardableResult
    func git(_ arguments: String...) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-C", folder.path] + arguments
        let outcome = try await JourneymapCommand.run(process)
        try #require(outcome.status == 0, "git \(arguments.joined(separator: " ")) failed: \(outcome.errors)")
        return outcome.output
    }

    /// Commits every file as it is now.
    func commit(_ message: String) async throws {
        try await git("add", "-A")
        try await git("commit", "-q", "-m", message)
    }

    /// The short hash of a revision.
    func short(_ revision: String) async throws -> String {
        try await git("rev-parse", "--short=7", revision).trimmingCharacters(in: .newlines)
    }

    func stage(_ name: String, claire: String, extra: String = "") -> String {
        "---\nstage: \(name)\nemotions: { claire: \(claire) }\n\(extra)---\nNotes.\n"
    }

    /// The first version: a cake order of three stages, one persona.
    func writeBase() {
        folder.write("Content/site.yml", "title: Bakery\n")
        folder.write("Content/personas/claire.md", "---\nname: Claire Martin\n---\n")
        folder.write("Content/journeys/cake/journey.md", "---\ntitle: Cake order\npersonas: [claire]\n---\n")
        folder.write("Content/journeys/cake/01-discovery.md", stage("Discovery", claire: "1"))
        folder.write("Content/journeys/cake/02-purchase.md", stage("Purchase", claire: "-0.5", extra: """
            pain_points:
              - { text: Fee shown late, severity: medium }
            opportunities:
              - { text: Show fees early, impact: high, effort: low, status: planned }

            """))
        folder.write("Content/journeys/cake/03-pickup.md", stage("Pickup", claire: "1"))
    }

    /// The second version: Purchase scores lower and has a new high pain point, its opportunity
    /// is done, Pickup is renamed Collection, and a Review stage is added.
    func writeHead() {
        folder.write("Content/journeys/cake/02-purchase.md", stage("Purchase", claire: "-1.1", extra: """
            pain_points:
              - { text: Fee shown late, severity: medium }
              - { text: Payment page times out, severity: high }
            opportunities:
              - { text: Show fees early, impact: high, effort: low, status: done }

            """))
        folder.write("Content/journeys/cake/03-pickup.md", stage("Collection", claire: "1"))
        folder.write("Content/journeys/cake/04-review.md", stage("Review", claire: "0.8"))
    }

    /// A repository whose main branch holds the base, and whose branch `feature` the head.
    static func withFeatureBranch() async throws -> GitSite {
        let site = GitSite()
        try await site.git("init", "-q", "-b", "main")
        site.writeBase()
        try await site.commit("Cake order")
        try await site.git("checkout", "-q", "-b", "feature")
        site.writeHead()
        try await site.commit("Purchase got worse")
        return site
    }
}

/// Runs the command on repositories made with git, which the test machine must have.
@Suite("journeymap diff on a git repository", .enabled(if: FileManager.default.fileExists(atPath: JourneymapCommand.executable.path)))
struct DiffCommandTests {
    @Test func textListsEveryChangeOfTheBranch() async throws {
        let site = try await GitSite.withFeatureBranch()
        let status = try await site.git("status", "--porcelain", "--ignored")
        let outcome = try await JourneymapCommand.run(["diff"], in: site.folder.url)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.errors.isEmpty)
        #expect(outcome.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == [
            "merge base with main (\(try await site.short("main"))) → working tree: 1 journey changed: Cake order (Purchase −0.6 for Claire Martin); 1 new high pain point; 1 opportunity marked done",
            "",
            "Cake order (cake)",
            "  Journey",
            "    Curve: ▆▄▆ → ▆▃▆▆ (Discovery, Purchase, Collection, Review)",
            "  Stages",
            "    renamed: Pickup → Collection",
            "    added: Review (stage 4)",
            "  Scores",
            "    Purchase, Claire Martin: −0.5 (note) → −1.1 (note) ▼ −0.6",
            "  Pain points",
            "    added at Purchase: Payment page times out (high severity)",
            "  Opportunities",
            "    at Purchase: Show fees early: status planned → done",
            "  Key figures",
            "    Overall score: +0.5 → +0.4 ▼ −0.1",
            "    Lowest point: −0.5 → −1.1 ▼ −0.6",
            "    End: +1 → +0.8 ▼ −0.2",
            "    Peak–end score: +1 → +0.9 ▼ −0.1",
            "    Biggest drop: 1.5 → 2.1 ▲ +0.6",
            "    Stages above neutral: 67% → 75%",
            "",
        ])
        // Nothing was written into the repository or its working tree.
        #expect(try await site.git("status", "--porcelain", "--ignored") == status)
    }

    @Test func markdownFitsAPullRequestComment() async throws {
        let site = try await GitSite.withFeatureBranch()
        let outcome = try await JourneymapCommand.run(["diff", "--base", "main", "--head", "feature", "--format", "markdown"], in: site.folder.url)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == [
            "**Customer experience:** 1 journey changed: Cake order (Purchase −0.6 for Claire Martin); 1 new high pain point; 1 opportunity marked done",
            "",
            "Compared main (\(try await site.short("main"))) → feature (\(try await site.short("feature"))).",
            "",
            "<details><summary><b>Cake order</b>: Overall score: +0.5 → +0.4 ▼ −0.1</summary>",
            "",
            "**Journey**",
            "",
            "- Curve: ▆▄▆ → ▆▃▆▆ (Discovery, Purchase, Collection, Review)",
            "",
            "**Stages**",
            "",
            "- renamed: Pickup → Collection",
            "- added: Review (stage 4)",
            "",
            "**Scores**",
            "",
            "- Purchase, Claire Martin: −0.5 (note) → −1.1 (note) ▼ −0.6",
            "",
            "**Pain points**",
            "",
            "- added at Purchase: Payment page times out (high severity)",
            "",
            "**Opportunities**",
            "",
            "- at Purchase: Show fees early: status planned → done",
            "",
            "**Key figures**",
            "",
            "- Overall score: +0.5 → +0.4 ▼ −0.1",
            "- Lowest point: −0.5 → −1.1 ▼ −0.6",
            "- End: +1 → +0.8 ▼ −0.2",
            "- Peak–end score: +1 → +0.9 ▼ −0.1",
            "- Biggest drop: 1.5 → 2.1 ▲ +0.6",
            "- Stages above neutral: 67% → 75%",
            "",
            "</details>",
            "",
        ])
    }

    @Test func jsonIsTypedAndTheSameFromRunToRun() async throws {
        let site = try await GitSite.withFeatureBranch()
        let arguments = ["diff", "--base", "main", "--head", "feature", "--format", "json"]
        let outcome = try await JourneymapCommand.run(arguments, in: site.folder.url)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(try await JourneymapCommand.run(arguments, in: site.folder.url).output == outcome.output)
        struct Document: Decodable {
            struct Journey: Decodable {
                struct Stage: Decodable { var change: String, name: String, position: Int? }
                struct Reading: Decodable { var score: Double, source: String }
                struct Score: Decodable { var stage: String, before: Reading?, after: Reading?, delta: Double? }
                struct Pain: Decodable { var stage: String, text: String, change: String, severity: String }
                struct Field: Decodable { var field: String, before: String?, after: String? }
                struct Opportunity: Decodable { var text: String, change: String, fields: [Field] }
                var slug: String, stages: [Stage], scores: [Score], painPoints: [Pain], opportunities: [Opportunity]
            }
            var base: String, head: String, summary: String, journeys: [Journey], newErrors: [String]
        }
        let document = try JSONDecoder().decode(Document.self, from: Data(outcome.output.utf8))
        #expect(document.head == "feature (\(try await site.short("feature")))")
        let journey = try #require(document.journeys.first)
        #expect(journey.slug == "cake")
        #expect(journey.stages.map { "\($0.change) \($0.name) \($0.position.map(String.init) ?? "-")" } == ["renamed Collection -", "added Review 4"])
        #expect(journey.scores.map { "\($0.stage) \($0.before?.score ?? 9) \($0.after?.score ?? 9) \($0.after?.source ?? "") \($0.delta ?? 9)" }
                == ["Purchase -0.5 -1.1 explicit -0.6"])
        #expect(journey.painPoints.map { "\($0.change) \($0.text) \($0.severity)" } == ["added Payment page times out high"])
        #expect(journey.opportunities.map { "\($0.change) \($0.fields.map { "\($0.field) \($0.before ?? "") \($0.after ?? "")" })" }
                == ["changed [\"status planned done\"]"])
        #expect(outcome.output.contains("\"summary\" : \"1 journey changed: Cake order (Purchase −0.6 for Claire Martin); 1 new high pain point; 1 opportunity marked done\""))
    }

    @Test func failOnExitsOneAndSaysWhichConditionWasMet() async throws {
        let site = try await GitSite.withFeatureBranch()
        let met = try await JourneymapCommand.run(["diff", "--fail-on", "score-drop:0.5,new-high-pain,new-errors"], in: site.folder.url)
        #expect(met.status == 1)
        #expect(met.output.hasPrefix("merge base with main"))
        #expect(met.errors.split(separator: "\n").map(String.init) == [
            "fail-on score-drop:0.5 met:",
            "    Cake order: Purchase, Claire Martin: −0.5 (note) → −1.1 (note) ▼ −0.6",
            "fail-on new-high-pain met:",
            "    Cake order: added at Purchase: Payment page times out (high severity)",
        ])
        let unmet = try await JourneymapCommand.run(["diff", "--fail-on", "score-drop:0.7,new-errors"], in: site.folder.url)
        #expect(unmet.status == 0, "\(unmet.errors)")
        let wrong = try await JourneymapCommand.run(["diff", "--fail-on", "score-drop"], in: site.folder.url)
        #expect(wrong.status == 2)
        #expect(wrong.errors.contains("The value 'score-drop' is invalid for '--fail-on <conditions>'"))
    }

    @Test func theWorkingTreeIsTheDefaultHead() async throws {
        let site = try await GitSite.withFeatureBranch()
        site.folder.write("Content/personas/sofia.md", "---\nname: Sofia Benali\n---\n")
        let outcome = try await JourneymapCommand.run(["diff", "--base", "HEAD"], in: site.folder.url)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == [
            "HEAD (\(try await site.short("HEAD"))) → working tree: 1 persona added; 1 new warning",
            "",
            "Personas added: Sofia Benali",
            "",
            "New warnings:",
            "  Content/personas/sofia.md:1:1: warning: no journey follows the persona 'sofia'",
            "      hint: add 'sofia' to 'personas' in a journey.md, or remove the file",
            "",
        ])
    }

    @Test func twoFoldersAreComparedWithoutGit() async throws {
        let site = GitSite()
        site.writeBase()
        try FileManager.default.moveItem(at: site.folder.url.appendingPathComponent("Content"), to: site.folder.url.appendingPathComponent("old"))
        site.writeBase()
        // Discovery moves from first to last.
        try FileManager.default.moveItem(at: site.folder.url.appendingPathComponent("Content/journeys/cake/01-discovery.md"),
                                         to: site.folder.url.appendingPathComponent("Content/journeys/cake/09-discovery.md"))
        // A warning both folders have is not new, though each folder names its file differently.
        for folder in ["old", "Content"] { site.folder.write("\(folder)/personas/sofia.md", "---\nname: Sofia Benali\n---\n") }
        let outcome = try await JourneymapCommand.run(["diff", "--base-dir", "old", "--head-dir", "Content"], in: site.folder.url)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("\n  Stages\n    moved: Discovery, from place 1 to 3\n"))
        #expect(outcome.output.hasPrefix("old → Content: 1 journey changed: Cake order\n"))
        #expect(!outcome.output.contains("New warnings"), "\(outcome.output)")
    }

    @Test func contentWithErrorsOnOneSideIsReportedWithTheSideAndTheRestIsCompared() async throws {
        let site = try await GitSite.withFeatureBranch()
        site.folder.write("Content/journeys/cake/02-purchase.md", site.stage("Purchase", claire: "7"))
        site.folder.write("Content/personas/sofia.md", "---\nname: Sofia Benali\n---\n")
        let outcome = try await JourneymapCommand.run(["diff", "--base", "feature"], in: site.folder.url)
        #expect(outcome.status == 0)
        #expect(outcome.errors.hasPrefix("head (working tree): Content/journeys/cake/02-purchase.md:3:21: error: "))
        #expect(outcome.output.contains("Personas added: Sofia Benali\nNot compared, Cake order: errors at the head\n"))
        #expect(outcome.output.contains("New errors:\n  Content/journeys/cake/02-purchase.md:3:21: error: "))
        let gate = try await JourneymapCommand.run(["diff", "--base", "feature", "--fail-on", "new-errors"], in: site.folder.url)
        #expect(gate.status == 1)
        #expect(gate.errors.contains("fail-on new-errors met:\n    Content/journeys/cake/02-purchase.md:3:21: "))
    }

    @Test func whatCannotBeComparedIsSaidWithWhatToDo() async throws {
        let site = GitSite()
        site.writeBase()
        let notGit = try await JourneymapCommand.run(["diff"], in: site.folder.url)
        #expect(notGit.status == 1)
        #expect(notGit.errors.hasPrefix("error: Content is not in a git repository\n    hint: "))

        try await site.git("init", "-q", "-b", "main")
        site.folder.write("README.md", "Bakery\n")
        try await site.git("add", "README.md")
        try await site.git("commit", "-q", "-m", "Readme")
        try await site.commit("Content")
        let missing = try await JourneymapCommand.run(["diff", "--base", "HEAD~1"], in: site.folder.url)
        #expect(missing.status == 1)
        #expect(missing.errors.hasPrefix("error: there is no Content/site.yml at HEAD~1 (\(try await site.short("HEAD~1")))\n    hint: "))
        let unknown = try await JourneymapCommand.run(["diff", "--base", "no-such-branch"], in: site.folder.url)
        #expect(unknown.status == 1)
        #expect(unknown.errors.hasPrefix("error: unknown revision 'no-such-branch'\n    hint: "))
    }

    @Test func theLastBuildSparesReadingUnchangedNotesAndAnEditedOneIsReadAgain() async throws {
        let site = try await GitSite.withFeatureBranch()
        site.folder.write(".gitignore", "_site/\n")
        try await site.commit("Ignore the site")
        let templates = repositoryRoot.appendingPathComponent("Templates").path
        let build = try await JourneymapCommand.run(["build", "--templates", templates, "--quiet"], in: site.folder.url)
        #expect(build.status == 0, "\(build.errors)")
        site.folder.write("Content/journeys/cake/02-purchase.md", site.stage("Purchase", claire: "-2"))
        let memo = site.folder.read("_site/.journeymap-stages")
        #expect(memo != nil)
        let outcome = try await JourneymapCommand.run(["diff", "--base", "main"], in: site.folder.url)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("\n    Purchase, Claire Martin: −0.5 (note) → −2 (note) ▼ −1.5\n"))
        #expect(outcome.output.contains("\n    renamed: Pickup → Collection\n"))
        #expect(site.folder.read("_site/.journeymap-stages") == memo)
    }
}
