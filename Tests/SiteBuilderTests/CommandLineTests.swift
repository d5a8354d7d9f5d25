import Foundation
import Testing
import TestSupport

/// Runs the `journeymap` executable that `swift test` built next to the test bundle.
struct JourneymapCommand {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("journeymap")
    }

    /// Runs the command to its end. The wait is on a thread of its own, not one of the test
    /// runner's few: a preview server test running meanwhile must keep a thread to answer on.
    static func run(_ arguments: [String], in folder: URL) async throws -> Outcome {
        try await run(command(arguments, in: folder))
    }

    /// Runs any process to its end, waiting as `run(_:in:)` does.
    static func run(_ process: Process) async throws -> Outcome {
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let out = output.fileHandleForReading.readDataToEndOfFile()
                let err = errors.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                continuation.resume(returning: Outcome(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                                                       errors: String(decoding: err, as: UTF8.self)))
            }
        }
    }

    /// Starts the command and returns at once; what it prints goes to `output`, or is dropped.
    static func start(_ arguments: [String], in folder: URL, output: FileHandle = .nullDevice) throws -> Process {
        let process = command(arguments, in: folder)
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private static func command(_ arguments: [String], in folder: URL) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        return process
    }
}

@Suite("The journeymap command")
struct CommandLineTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: JourneymapCommand.executable.path)))
    func buildsWithDefaultFoldersAndPrintsASummary() async throws {
        let site = FixtureSite()
        try FileManager.default.createSymbolicLink(at: site.folder.url.appendingPathComponent("Templates"),
                                                   withDestinationURL: repositoryRoot.appendingPathComponent("Templates"))
        let outcome = try await JourneymapCommand.run(["build"], in: site.folder.url)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.hasPrefix("Built 1 journey, 2 stages, 11 pages in "))
        #expect(outcome.output.contains("open _site/index.html"))
        #expect(site.folder.exists("_site/index.html"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: JourneymapCommand.executable.path)))
    func listsEveryErrorAndExitsNonZero() async throws {
        let site = FixtureSite()
        site.folder.write("Content/journeys/bread/01-awareness.md", "---\nstage: Awareness\nemotion: 9\n---\n")
        site.folder.write("Content/personas/ann.md", "---\nname: Ann\ncolor: blue\n---\n")
        let templates = repositoryRoot.appendingPathComponent("Templates").path
        let outcome = try await JourneymapCommand.run(["build", "--templates", templates, "--quiet"], in: site.folder.url)
        #expect(outcome.status == 1)
        #expect(outcome.output.isEmpty)
        #expect(outcome.errors.contains("Content/journeys/bread/01-awareness.md:3:10: error: 'emotion' is 9, outside the emotion scale -2…2"))
        #expect(outcome.errors.contains("Content/personas/ann.md:3:8: error: 'color' is 'blue', not a hex colour"))
        #expect(outcome.errors.contains("    hint: "))
        #expect(outcome.errors.contains("build failed: 2 errors, nothing was written to _site"))
        #expect(!site.folder.exists("_site"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: JourneymapCommand.executable.path)))
    func strictMakesEveryWarningAnErrorAndTheSummaryCountsWarnings() async throws {
        let site = FixtureSite()
        site.folder.write("Content/journeys/bread/01-awareness.md", "---\nstage: Awareness\nemotion: 1\ninterviewer: Lea\n---\n")
        let templates = ["--templates", repositoryRoot.appendingPathComponent("Templates").path]

        let lenient = try await JourneymapCommand.run(["build"] + templates, in: site.folder.url)
        #expect(lenient.status == 0)
        #expect(lenient.errors.contains("1 warning above: check it, some content may be missing from the site (--strict makes warnings errors)"))

        // Up to date, and strict all the same.
        let strict = try await JourneymapCommand.run(["build", "--strict"] + templates, in: site.folder.url)
        #expect(strict.status == 1)
        #expect(strict.errors.contains("Content/journeys/bread/01-awareness.md:4:1: error: unknown key 'interviewer' in a stage note is ignored "
                                       + "(a warning, an error in strict mode)"))
        #expect(try await JourneymapCommand.run(["check", "--strict"] + templates, in: site.folder.url).status == 1)

        site.folder.write("Content/site.yml", ContentSamples.site + "strict: true\n")
        #expect(try await JourneymapCommand.run(["check"] + templates, in: site.folder.url).status == 1)
        #expect(try await JourneymapCommand.run(["build"] + templates, in: site.folder.url).status == 1)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: JourneymapCommand.executable.path)))
    func checkReportsInThreeFormatsAndWritesNothing() async throws {
        let site = FixtureSite()
        site.folder.write("Content/journeys/bread/01-awareness.md", "---\nstage: Awareness\nemotion: 9\nowner, x: 1\n---\n")
        let templates = ["--templates", repositoryRoot.appendingPathComponent("Templates").path]

        let text = try await JourneymapCommand.run(["check"] + templates, in: site.folder.url)
        #expect(text.status == 1)
        #expect(text.errors.contains("Content/journeys/bread/01-awareness.md:3:10: error: 'emotion' is 9"))
        #expect(text.errors.contains("1 error, 1 warning in 1 journey and 2 stages"))

        let json = try await JourneymapCommand.run(["check", "--format", "json"] + templates, in: site.folder.url)
        #expect(json.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(document["errors"] as? Int == 1 && document["warnings"] as? Int == 1)
        let first = try #require((document["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["file"] as? String == "Content/journeys/bread/01-awareness.md")
        #expect(first["line"] as? Int == 3 && first["column"] as? Int == 10 && first["severity"] as? String == "error")

        let github = try await JourneymapCommand.run(["check", "--format", "github"] + templates, in: site.folder.url)
        #expect(github.status == 1)
        #expect(github.output.contains("::error file=Content/journeys/bread/01-awareness.md,line=3,col=10::'emotion' is 9"))
        #expect(github.output.contains("::warning file=Content/journeys/bread/01-awareness.md,line=4,col=1::unknown key 'owner%2C x'") == false)
        #expect(github.output.contains("::warning file=Content/journeys/bread/01-awareness.md,line=4,col=1::unknown key 'owner, x'"))
        #expect(!site.folder.exists("_site"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: JourneymapCommand.executable.path)))
    func importMermaidReadsScoresOnTheScaleGivenAndSaysSoInItsHelp() async throws {
        let site = FixtureSite()
        site.folder.write("nps.mmd", "journey\ntitle NPS\nsection S\n  Detractor: 0: Ann\n  Promoter: 10\n")
        let refused = try await JourneymapCommand.run(["import", "mermaid", "nps.mmd"], in: site.folder.url)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("nps.mmd:4:14: error: the score of 'Detractor' is 0, outside Mermaid's 1…5 and the wider 1…7 and 1…10\n"
            + "    hint: correct the score, or pass the diagram's own scale, e.g. --scale 0..10\n"))
        let imported = try await JourneymapCommand.run(["import", "mermaid", "nps.mmd", "--scale", "0..10"], in: site.folder.url)
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(site.folder.read("Content/journeys/nps/01-s.md")?.contains("  - { name: Promoter, score: 2, actors: [] }") == true)
        let help = try await JourneymapCommand.run(["import", "mermaid", "--help"], in: site.folder.url)
        #expect(help.output.contains("--scale <min..max>"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: JourneymapCommand.executable.path)))
    func checkExitCodes() async throws {
        let site = FixtureSite()
        let templates = ["--templates", repositoryRoot.appendingPathComponent("Templates").path]
        #expect(try await JourneymapCommand.run(["check"] + templates, in: site.folder.url).status == 0)
        #expect(try await JourneymapCommand.run(["check", "--format", "yaml"], in: site.folder.url).status == 2)
        #expect(try await JourneymapCommand.run(["check", "--no-such-option"], in: site.folder.url).status == 2)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: JourneymapCommand.executable.path)))
    func snapshotWritesRefusesToOverwriteAndLaterBuildsShowTheChange() async throws {
        let site = FixtureSite()
        let templates = ["--templates", repositoryRoot.appendingPathComponent("Templates").path]
        let first = try await JourneymapCommand.run(["snapshot", "--label", "2026-Q1", "--date", "2026-03-31"] + templates, in: site.folder.url)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("Saved the scores of 1 journey to Content/history/2026-Q1.json"))
        let json = try #require(site.folder.read("Content/history/2026-Q1.json"))
        #expect(json.contains("\"label\" : \"2026-Q1\"") && json.contains("\"date\" : \"2026-03-31\""))

        let again = try await JourneymapCommand.run(["snapshot", "--label", "2026-Q1"] + templates, in: site.folder.url)
        #expect(again.status == 1)
        #expect(again.errors.contains("Content/history/2026-Q1.json already exists"))
        #expect(try await JourneymapCommand.run(["snapshot", "--label", "../evil"] + templates, in: site.folder.url).status == 1)
        #expect(try await JourneymapCommand.run(["snapshot", "--label", "x", "--date", "March"] + templates, in: site.folder.url).status == 2)

        // The purchase stage improves from −1 to +1; the next build shows the change.
        site.folder.write("Content/journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "1"))
        let build = try await JourneymapCommand.run(["build"] + templates, in: site.folder.url)
        #expect(build.status == 0, "\(build.errors)")
        let stage = try #require(site.folder.read("_site/journeys/bread/purchase.html"))
        #expect(stage.contains("Change since 2026-Q1"))
        #expect(stage.contains("▲ +2"))
        let index = try #require(site.folder.read("_site/index.html"))
        #expect(index.contains("▲ +1") && index.contains("improved"))

        let forced = try await JourneymapCommand.run(["snapshot", "--label", "2026-Q1", "--force"] + templates, in: site.folder.url)
        #expect(forced.status == 0)
        #expect(site.folder.read("Content/history/2026-Q1.json") != json)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: JourneymapCommand.executable.path)))
    func aNewSiteBuildsAtOnce() async throws {
        let folder = TemporaryFolder("journeymap-new")
        let created = try await JourneymapCommand.run(["new", "site", "demo"], in: folder.url)
        #expect(created.status == 0, "\(created.errors)")
        let demo = folder.url.appendingPathComponent("demo")
        let journey = try await JourneymapCommand.run(["new", "journey", "Renewing a subscription", "--model", "aarrr"], in: demo)
        #expect(journey.status == 0, "\(journey.errors)")
        let build = try await JourneymapCommand.run(["build"], in: demo)
        #expect(build.status == 0, "\(build.errors)")
        #expect(build.output.hasPrefix("Built 2 journeys"))
        #expect(folder.exists("demo/_site/journeys/renewing-a-subscription/index.html"))
        #expect(try await JourneymapCommand.run(["new", "site", "demo"], in: folder.url).status == 1)
    }
}
