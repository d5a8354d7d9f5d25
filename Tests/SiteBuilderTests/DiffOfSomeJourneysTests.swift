import Foundation
import Testing
import TestSupport

/// A change confined to some journeys' folders is compared by reading only those journeys: the
/// report must be the one comparing everything gives (two folders are always compared whole).
@Suite("journeymap diff reads only the journeys that changed", .enabled(if: FileManager.default.fileExists(atPath: JourneymapCommand.executable.path)))
struct DiffOfSomeJourneysTests {
    /// Two journeys and a survey about both, on main; each branch changes the cake journey only.
    static func repository() async throws -> GitSite {
        let site = GitSite()
        try await site.git("init", "-q", "-b", "main")
        site.writeBase()
        site.folder.write("Content/site.yml", "title: Bakery\nsurveys:\n  - file: data/survey.csv\n")
        site.folder.write("Content/journeys/party/journey.md", "---\ntitle: Party order\npersonas: [claire]\n---\n")
        site.folder.write("Content/journeys/party/01-booking.md", site.stage("Booking", claire: "0.5"))
        site.folder.write("Content/journeys/party/02-party.md", site.stage("Party", claire: "1.5"))
        let rows = (1...6).map { "cake,purchase,claire,R\($0),\($0 % 3 + 2)\nparty,booking,claire,P\($0),\($0 % 2 + 3)\n" }
        site.folder.write("Content/data/survey.csv", "journey,stage,persona,respondent,score\n" + rows.joined())
        try await site.commit("Two journeys")
        // A lower score and a new high pain point: only the cake journey is read.
        try await site.git("checkout", "-q", "-b", "score")
        site.writeHead()
        try await site.commit("Purchase got worse")
        // Purchase becomes Payment: the survey rows about cake/purchase are rejected, so the
        // survey tally changes, which reading one journey cannot count: everything is read.
        try await site.git("checkout", "-q", "-b", "rename", "main")
        try FileManager.default.removeItem(at: site.folder.url.appendingPathComponent("Content/journeys/cake/02-purchase.md"))
        site.folder.write("Content/journeys/cake/02-payment.md", site.stage("Payment", claire: "-0.5"))
        try await site.commit("Purchase is now Payment")
        try await site.git("checkout", "-q", "main")
        return site
    }

    /// The report without the names of the two sides, its files named in `Content` wherever the sides were read from.
    static func report(_ output: String, format: String, folders: [String] = []) throws -> String {
        let output = folders.reduce(output) { $0.replacingOccurrences(of: $1, with: "Content") }
        guard format == "json" else { return String(output.drop { $0 != ":" }) }
        var object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        object["base"] = nil
        object["head"] = nil
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test(arguments: ["score", "rename"])
    func theReportIsTheOneComparingEverythingGives(branch: String) async throws {
        let site = try await Self.repository()
        let trees = TemporaryFolder("journeymap-diff-trees")
        for (folder, revision) in [("base", "main"), ("head", branch)] {
            try await site.git("worktree", "add", "-q", "--detach", trees.url.appendingPathComponent(folder).path, revision)
        }
        let sides = ["base", "head"].map { trees.url.appendingPathComponent("\($0)/Content").path }
        for format in ["text", "json"] {
            let revisions = try await JourneymapCommand.run(["diff", "--base", "main", "--head", branch, "--format", format], in: site.folder.url)
            let folders = try await JourneymapCommand.run(["diff", "--base-dir", sides[0], "--head-dir", sides[1], "--format", format],
                                                          in: site.folder.url)
            #expect(revisions.status == 0 && folders.status == 0, "\(revisions.errors)\(folders.errors)")
            let (read, whole) = (try Self.report(revisions.output, format: format), try Self.report(folders.output, format: format, folders: sides))
            #expect(read == whole, "\(read)\n---\n\(whole)")
        }
        let text = try await JourneymapCommand.run(["diff", "--base", "main", "--head", branch], in: site.folder.url).output
        #expect(text.contains(branch == "score" ? "added at Purchase: Payment page times out (high severity)"
                                                : "Survey rows: 12 read, 0 rejected → 12 read, 6 rejected"), "\(text)")
    }
}
