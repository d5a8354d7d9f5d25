import Foundation
import Testing
import TestSupport

/// `journeymap serve` over real loopback connections: pages, rebuilds, reload events, the error
/// page, the paths it refuses, oversized heads and bodies, keep-alive, and many connections at once.
@Suite("The preview server")
struct PreviewServerTests {
    @Test func servesPagesWithTheReloadScriptAddedOnTheWayOnly() async throws {
        let site = try await PreviewSite()
        let home = try await site.client.get("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.headers["cache-control"] == "no-store")
        #expect(home.body.contains("<script>new EventSource(\"/__journeymap/events\")"))
        #expect(home.body.contains("location.reload() })</script></body>"))
        let written = try #require(site.written("index.html"))
        #expect(!written.contains("EventSource") && !written.contains("__journeymap"))

        let style = try await site.client.get("/theme/style.css")
        #expect(style.status == 200)
        #expect(style.headers["content-type"] == "text/css; charset=utf-8")
        #expect(style.body == site.written("theme/style.css"))

        let folder = try await site.client.get("/journeys/bread")
        #expect(folder.status == 301)
        #expect(folder.headers["location"] == "/journeys/bread/")
        let journey = try await site.client.get("/journeys/bread/")
        #expect(journey.status == 200 && journey.body.contains("Buying bread"))
    }

    @Test func rebuildsAfterAChangeAndTellsOpenPagesToReload() async throws {
        let site = try await PreviewSite()
        let events = try site.client.events()
        #expect(await events.waitForReload(generation: 1))

        site.folder.write("Content/journeys/bread/01-awareness.md", ContentSamples.stage("Awareness", extra: "quote: Fresh sourdough at last\n"))
        #expect(await events.waitForReload(generation: 2))
        let stage = try await site.client.get("/journeys/bread/awareness.html")
        #expect(stage.status == 200)
        #expect(stage.body.contains("Fresh sourdough at last"))
        #expect(stage.body.contains("if (e.data !== \"2\") location.reload()"))
    }

    @Test func showsTheErrorsWhileANoteIsBrokenThenTheSiteOnceItIsFixed() async throws {
        let site = try await PreviewSite()
        let events = try site.client.events()
        let lastGood = try #require(site.written("index.html"))

        site.folder.write("Content/journeys/bread/01-awareness.md", "---\nstage: Awareness\nemotion: <b>9</b>\n---\n")
        #expect(await events.waitForReload(generation: 2))
        let broken = try await site.client.get("/")
        #expect(broken.status == 500)
        #expect(broken.body.contains("Content/journeys/bread/01-awareness.md:3:10</code> <strong>error</strong>"))
        #expect(broken.body.contains("&lt;b&gt;9&lt;/b&gt;") && !broken.body.contains("<b>9</b>"))
        #expect(broken.body.contains("hint: "))
        #expect(broken.body.contains("if (e.data !== \"2\") location.reload()"))
        #expect(site.written("index.html") == lastGood)
        #expect(try await site.client.get("/theme/style.css").status == 200)

        site.folder.write("Content/journeys/bread/01-awareness.md", ContentSamples.stage("Awareness"))
        #expect(await events.waitForReload(generation: 3))
        let fixed = try await site.client.get("/")
        #expect(fixed.status == 200)
        #expect(fixed.body.contains("Buying bread"))
    }

    @Test func refusesEveryPathOutsideTheOutputFolder() async throws {
        let site = try await PreviewSite()
        try FileManager.default.createSymbolicLink(atPath: site.folder.path + "/_site/leak.txt",
                                                   withDestinationPath: site.folder.path + "/Package.swift")
        let targets = [
            "/../Package.swift", "/%2e%2e/Package.swift", "/%2E%2E/Package.swift", "/..%2fPackage.swift",
            "/..\\Package.swift", "/..%5cPackage.swift", "/journeys/../../Package.swift", "/./../Package.swift",
            "//Package.swift", "/%00", "/.journeymap-manifest", "http://127.0.0.1/../Package.swift", "/leak.txt",
        ]
        for target in targets {
            let response = try await site.client.get(target)
            #expect(response.status == 403, "\(target)")
            #expect(!response.body.contains("swift-tools-version"), "\(target)")
        }
    }

    @Test func answersAMissingFileWithTheSitesNotFoundPage() async throws {
        let site = try await PreviewSite()
        let page = try await site.client.get("/journeys/nothing-here.html")
        #expect(page.status == 404)
        #expect(page.body.contains("EventSource"))
        #expect(page.body.hasPrefix(try #require(site.written("404.html")).components(separatedBy: "</body>")[0]))
        #expect(try await site.client.get("/assets/nothing.png").status == 404)
    }

    @Test func answersOnlyGetRequestsToLocalhost() async throws {
        let site = try await PreviewSite()
        #expect(try await site.client.get("/", host: "localhost:8000").status == 200)
        #expect(try await site.client.get("/", host: "attacker.example:8000").status == 403)
        #expect(try await site.client.get("/", host: "127.evil.example").status == 403)
        let post = try await site.client.request("POST", "/")
        #expect(post.status == 405)
        #expect(post.headers["allow"] == "GET")
    }

    @Test func refusesTooManyOrTooLargeHeadersAndKeepsServing() async throws {
        let site = try await PreviewSite()
        // With Host and Connection, 98 more fields make the 100 answered and 99 make one too many.
        let fields = (1...99).map { "X-Field-\($0): \($0)" }
        #expect(try await site.client.get("/", headers: Array(fields.dropLast())).status == 200)
        let many = try await site.client.get("/", headers: fields)
        #expect(many.status == 431)
        #expect(many.body.contains("At most 100 header fields"))
        // Just over 16 KiB of one value: NIO's decoder stops there.
        #expect(try await site.client.get("/", headers: ["X-Large: " + String(repeating: "a", count: 16_500)]).status == 431)

        let after = try await site.client.get("/")
        #expect(after.status == 200 && after.body.contains("Buying bread"))
    }

    @Test func refusesAHeaderLineOverTheLimitBeforeItEndsAndKeepsServing() async throws {
        let site = try await PreviewSite()
        // 256 KiB of one line, never ended: the server must refuse it without waiting for the rest.
        let head = "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(site.client.port)\r\nX-Large: " + String(repeating: "a", count: 256 * 1024)
        try await Self.expectRefusedAtOnce(head, status: 431, by: site)
    }

    @Test func refusesARequestLineOverTheLimitBeforeItEndsAndKeepsServing() async throws {
        let site = try await PreviewSite()
        try await Self.expectRefusedAtOnce("GET /" + String(repeating: "a", count: 64 * 1024), status: 431, by: site)
    }

    @Test func readsAtMostFourKibibytesOfABody() async throws {
        let site = try await PreviewSite()
        let head = "POST / HTTP/1.1\r\nHost: 127.0.0.1:\(site.client.port)\r\nContent-Length: 65536\r\n\r\n"
        try await Self.expectRefusedAtOnce(head + String(repeating: "a", count: 64 * 1024), status: 413, by: site)
    }

    @Test func answersSeveralRequestsOnOneConnectionThenClosesItWhenAsked() async throws {
        let site = try await PreviewSite()
        let host = "Host: 127.0.0.1:\(site.client.port)\r\n"
        let start = ContinuousClock.now
        let answer = try await site.client.answer(to: "GET / HTTP/1.1\r\n\(host)\r\nGET /theme/style.css HTTP/1.1\r\n\(host)"
                                                   + "Connection: close\r\n\r\n")
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(answer.components(separatedBy: "HTTP/1.1 200 OK\r\n").count == 3)
        let style = try #require(site.written("theme/style.css"))
        #expect(answer.contains("Buying bread") && answer.hasSuffix(style))
    }

    @Test func sendsALargeFileWholeBeforeItClosesTheConnection() async throws {
        let site = try await PreviewSite()
        let size = 8 << 20
        site.folder.write("_site/large.bin", String(repeating: "x", count: size))
        let connection = try LoopbackConnection(port: site.client.port)
        try connection.send("GET /large.bin HTTP/1.1\r\nHost: 127.0.0.1:\(site.client.port)\r\nConnection: close\r\n\r\n")
        // A slow reader: most of the answer still waits in the server when it is done writing.
        try await Task.sleep(for: .milliseconds(500))
        let large = try LoopbackClient.Response(await connection.read(within: Double(PreviewSite.patience)) { _ in false })
        #expect(large.status == 200 && large.body.utf8.count == size)
    }

    @Test func stopsWhenItsTaskIsCancelledAndClosesOpenConnections() async throws {
        let site = try await PreviewSite()
        let events = try site.client.events()
        #expect(await events.waitForReload(generation: 1))
        // Connections just opened, some still waiting in NIO to be handed to the server's loop.
        let idle = try (0..<16).map { _ in try LoopbackConnection(port: site.client.port) }

        let start = ContinuousClock.now
        await site.stop()
        _ = await events.read(within: 10) { _ in false }
        for connection in idle { _ = await connection.read(within: 10) { _ in false } }
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(throws: LoopbackConnection.Refused.self) { try LoopbackConnection(port: site.client.port) }
    }

    /// Sends `text` on a connection of its own and expects, within 5 s, the answer `status` or the
    /// connection closed without one; then a page, within 5 s too. (Answered at once on an idle
    /// machine; the head parser this guards against took 8 s for a 128 KiB line, far more for 1 MiB.)
    private static func expectRefusedAtOnce(_ text: String, status: Int, by site: PreviewSite) async throws {
        let start = ContinuousClock.now
        let answer = try await site.client.answer(to: text)
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(answer.isEmpty || answer.hasPrefix("HTTP/1.1 \(status) "), "\(answer.prefix(200))")

        let next = ContinuousClock.now
        let page = try await site.client.get("/")
        #expect(ContinuousClock.now - next < .seconds(5))
        #expect(page.status == 200 && page.body.contains("Buying bread"))
    }

    @Test func answersManyConnectionsAtOnce() async throws {
        let site = try await PreviewSite()
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<32 {
                group.addTask { try await site.client.get(index.isMultiple(of: 2) ? "/" : "/theme/style.css").status }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses == Array(repeating: 200, count: 32))
    }
}
