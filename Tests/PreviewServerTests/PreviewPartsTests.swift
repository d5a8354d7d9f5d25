import Foundation
import JourneyModel
@testable import PreviewServer
import Testing
import TestSupport

/// The preview's parts on their own: which paths are served, the script, the media types, the
/// host check, the header limit and the watcher.
@Suite("The preview server's parts")
struct PreviewPartsTests {
    @Test func mapsRequestTargetsToFilesOfTheOutputFolder() {
        #expect(RequestTarget.filePath("/") == "index.html")
        #expect(RequestTarget.filePath("/journeys/bread/") == "journeys/bread/index.html")
        #expect(RequestTarget.filePath("/journeys/bread") == "journeys/bread")
        #expect(RequestTarget.filePath("/theme/style.css") == "theme/style.css")
        #expect(RequestTarget.filePath("/assets/queue%20photo.jpg") == "assets/queue photo.jpg")
    }

    @Test(arguments: [
        "", "*", "index.html", "http://localhost/index.html", "/..", "/../x", "/a/../b", "/./x", "/%2e%2e/x", "/%2E/x",
        "/..%2fx", "/a%2Fb", "/..\\x", "/a%5cb", "/%00", "/a%00.html", "//etc/passwd", "/a//b", "/.hidden", "/a/.git/config",
        "/%zz", "/%ff.html",
    ])
    func refusesTargetsThatCouldLeaveTheOutputFolder(_ target: String) {
        #expect(RequestTarget.filePath(target) == nil)
    }

    @Test func theErrorPageListsErrorsFirstAndFoldsTheWarnings() throws {
        let diagnostics: [Diagnostic] = [.warning(at: SourceLocation(file: "a.md", line: 1), "thin"),
                                         .error(at: SourceLocation(file: "b.md", line: 2), "broken", hint: "fix <it>")]
        let html = BuildErrorPage.html(diagnostics: diagnostics, failure: nil, generation: 1)
        let error = try #require(html.range(of: "<strong>error</strong>: broken"))
        let details = try #require(html.range(of: "<details>\n<summary>1 warning</summary>"))
        #expect(error.lowerBound < details.lowerBound && html.contains("hint: fix &lt;it&gt;"))
        #expect(html.range(of: "<strong>warning</strong>: thin")!.lowerBound > details.lowerBound)
    }

    @Test func addsTheReloadScriptBeforeTheLastClosingBodyTag() {
        let script = LiveReload.script(generation: 4)
        #expect(LiveReload.inject(into: "<p></body></p></BODY></html>", generation: 4) == "<p></body></p>\(script)</BODY></html>")
        #expect(LiveReload.inject(into: "<p>fragment</p>", generation: 4) == "<p>fragment</p>\(script)")
        #expect(LiveReload.event(generation: 4) == "event: reload\ndata: 4\n\n")
    }

    @Test func namesTheMediaTypeOfEachKindOfFile() {
        #expect(MediaType.of("journeys/bread/index.html") == "text/html; charset=utf-8")
        #expect(MediaType.of("theme/site.js") == "text/javascript; charset=utf-8")
        #expect(MediaType.of("journeys/bread/emotion-curve.svg") == "image/svg+xml")
        #expect(MediaType.of("pain-points.csv") == "text/csv; charset=utf-8")
        #expect(MediaType.of("assets/PHOTO.JPG") == "image/jpeg")
        #expect(MediaType.of("assets/font.woff2") == "font/woff2")
        #expect(MediaType.of("assets/archive") == "application/octet-stream")
    }

    @Test func answersLoopbackHostsOnlyWhileListeningOnLoopback() {
        let loopback = HostCheck(host: "127.0.0.1")
        for host in ["127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000", "127.0.1.1"] {
            #expect(loopback.allows(host), "\(host)")
        }
        for host in ["example.com", "127.0.0.1.example.com:8000", "192.168.1.2:8000", "[::2]:8000"] {
            #expect(!loopback.allows(host), "\(host)")
        }
        #expect(HostCheck(host: "0.0.0.0").allows("intranet.example:8000"))
    }

    @Test func allowsAtMostAHundredHeaderFieldsAndSixteenKibibytesOfThem() {
        func fields(_ count: Int) -> [(name: String, value: String)] {
            (1...count).map { (name: "X-\($0)", value: "v") }
        }
        #expect(HeaderLimit.allows(fields(100)))
        #expect(!HeaderLimit.allows(fields(101)))
        // A line is `Name: value\r\n`: 4 bytes beside the name and the value, counted in UTF-8.
        #expect(HeaderLimit.allows([(name: "X-Large", value: String(repeating: "a", count: 16_384 - 7 - 4))]))
        #expect(!HeaderLimit.allows([(name: "X-Large", value: String(repeating: "a", count: 16_384 - 7 - 3))]))
        #expect(!HeaderLimit.allows([(name: "X-Large", value: String(repeating: "é", count: 8_200))]))
    }

    @Test func seesAddedChangedAndRemovedFilesButNotHiddenOnes() {
        let folder = TemporaryFolder("journeymap-watch")
        folder.write("a.md", "one")
        let watcher = FolderWatcher(folders: [folder.path], interval: .milliseconds(10))
        let start = watcher.snapshot()
        #expect(watcher.snapshot() == start)

        folder.write(".a.md.swp", "editor state")
        #expect(watcher.snapshot() == start)
        folder.write("a.md", "one, longer")
        let changed = watcher.snapshot()
        #expect(changed != start)
        folder.write("b/c.md", "new")
        let added = watcher.snapshot()
        #expect(added != changed)
        try? FileManager.default.removeItem(atPath: folder.path + "/b/c.md")
        #expect(watcher.snapshot() == changed)
    }
}
