import Foundation
import JourneyModel
import SiteWriter
import Testing
import TestSupport

@Suite("Writing the output folder")
struct OutputFolderTests {
    private func files(_ pairs: [String: String]) -> [OutputFile] {
        pairs.keys.sorted().map { OutputFile(path: $0, text: pairs[$0]!) }
    }

    @Test func writesFilesAndAManifest() throws {
        let folder = TemporaryFolder()
        let output = OutputFolder(path: folder.path + "/site")
        try output.checkWritable(protecting: [], force: false)
        let report = try output.write(files(["index.html": "home", "journeys/a/index.html": "a"]))
        #expect((report.written, report.unchanged, report.removed) == (2, 0, 0))
        #expect(report.stamps.keys.sorted() == ["index.html", "journeys/a/index.html"] && !report.stamps.values.contains(""))
        #expect(folder.read("site/index.html") == "home")
        #expect(folder.read("site/journeys/a/index.html") == "a")
        #expect(output.readManifest() == ["index.html", "journeys/a/index.html"])
    }

    @Test func rewritesOnlyWhatChangedAndRemovesWhatIsGone() throws {
        let folder = TemporaryFolder()
        let output = OutputFolder(path: folder.path + "/site")
        _ = try output.write(files(["index.html": "home", "journeys/a/index.html": "a", "journeys/b/index.html": "b"]))
        folder.write("site/mine.txt", "the user's own file")
        let report = try output.write(files(["index.html": "home", "journeys/a/index.html": "a2"]))
        #expect((report.written, report.unchanged, report.removed) == (1, 1, 1))
        #expect(!folder.exists("site/journeys/b"))
        #expect(folder.read("site/mine.txt") == "the user's own file")
        #expect(folder.files(under: "site").filter { $0.contains("jm-tmp") }.isEmpty)
    }

    @Test func removesTheTemporaryFilesOfAKilledBuildAndNothingElse() throws {
        let folder = TemporaryFolder()
        let output = OutputFolder(path: folder.path + "/site")
        _ = try output.write(files(["index.html": "home", "journeys/a/index.html": "a"]))
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = finished.processIdentifier, alive = ProcessInfo.processInfo.processIdentifier
        for leftover in ["index.html", "journeys/a/index.html", "journeys/b/index.html", ".journeymap-manifest", ".journeymap-cache"] {
            folder.write("site/\(leftover).jm-tmp-\(dead)", "half a file")
        }
        folder.write("site/index.html.jm-tmp-\(alive)", "another build is writing this")
        folder.write("site/notes.txt.jm-tmp-\(dead)", "not journeymap's")
        _ = try output.write(files(["index.html": "home", "journeys/b/index.html": "b"]))
        #expect(folder.files(under: "site").filter { $0.contains(".jm-tmp-") }.sorted()
                == ["index.html.jm-tmp-\(alive)", "notes.txt.jm-tmp-\(dead)"])
    }

    @Test func refusesAForeignNonEmptyFolderUnlessForced() throws {
        let folder = TemporaryFolder()
        folder.write("site/thesis.docx", "precious")
        let output = OutputFolder(path: folder.path + "/site", displayPath: "site")
        #expect(throws: OutputFolder.Refusal.self) { try output.checkWritable(protecting: [], force: false) }
        try output.checkWritable(protecting: [], force: true)
    }

    @Test func refusesTheContentFolderItsParentsAndItsChildren() {
        let folder = TemporaryFolder()
        folder.write("Content/site.yml", "title: x")
        let content = folder.path + "/Content"
        for target in [content, folder.path, content + "/out", "/"] {
            #expect(throws: OutputFolder.Refusal.self, "\(target)") {
                try OutputFolder(path: target).checkWritable(protecting: [content], force: true)
            }
        }
    }

    @Test func refusesPathsThatLeaveTheFolder() {
        let folder = TemporaryFolder()
        let output = OutputFolder(path: folder.path + "/site")
        for path in ["../evil.html", "/etc/x", "a/../../b", "a//b", "a\\b", ""] {
            #expect(throws: OutputFolder.Refusal.self, "\(path)") { try output.write([OutputFile(path: path, text: "x")]) }
        }
        #expect(!folder.exists("evil.html"))
        for path in [".", "a/./b", "a/..", "a/b/", "a\u{0}b", "./a"] { #expect(!OutputFile.isSafePath(path), "\(path)") }
        for path in ["index.html", "a/.b", "a/...", "a/b.c/d", "é/ü.html"] { #expect(OutputFile.isSafePath(path), "\(path)") }
    }

    @Test func copiesFilesAsTheyAre() throws {
        let folder = TemporaryFolder()
        let source = folder.write("logo.svg", "<svg/>")
        let output = OutputFolder(path: folder.path + "/site")
        _ = try output.write([OutputFile(path: "assets/logo.svg", contents: .copy(source))])
        #expect(folder.read("site/assets/logo.svg") == "<svg/>")
    }
}
