import FlyingFox
import Foundation

/// Answers the browser: the files of the output folder, with the live-reload script added to
/// pages; the reload events; and, while the latest build failed, its errors in place of every page.
struct PreviewHandler: HTTPHandler {
    let files: OutputFiles
    let latest: LatestBuild
    let hosts: HostCheck

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard HeaderLimit.allows(request.headers.map { (name: $0.key.rawValue, value: $0.value) }) else {
            return Self.text(.requestHeaderFieldsTooLarge,
                             "At most \(HeaderLimit.fields) header fields and \(HeaderLimit.bytes / 1024) KiB of them are answered.")
        }
        guard request.method == .GET else {
            return Self.text(.methodNotAllowed, "Only GET requests are answered.", headers: [HTTPHeader("Allow"): "GET"])
        }
        guard hosts.allows(request.headers[.host]) else {
            return Self.text(.forbidden, "The preview answers requests to localhost only.")
        }
        let target = request.target.path()
        if target == LiveReload.eventsPath {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                                body: HTTPBodySequence(from: ReloadEventStream(generations: await latest.generations())))
        }
        guard let path = RequestTarget.filePath(target) else {
            return Self.text(.forbidden, "This path is not served.")
        }
        let status = await latest.status
        if status.failed, MediaType.isHTML(path), let report = status.report {
            return Self.page(.internalServerError, BuildErrorPage.html(for: report, generation: status.generation))
        }
        switch files.entry(at: path) {
        case .file(let file):
            return try Self.file(file, as: path, generation: status.generation, status: .ok)
        case .folder:
            let location: HTTPHeaders = [.location: target + "/", .cacheControl: "no-store"]
            return HTTPResponse(statusCode: .movedPermanently, headers: location)
        case .outside:
            return Self.text(.forbidden, "This path is not served.")
        case .missing:
            guard case .file(let notFound) = files.entry(at: "404.html") else { return Self.text(.notFound, "Not found.") }
            return try Self.file(notFound, as: "404.html", generation: status.generation, status: .notFound)
        }
    }

    /// A file of the site; a page gets the live-reload script.
    private static func file(_ file: String, as path: String, generation: Int, status: HTTPStatusCode) throws -> HTTPResponse {
        let url = URL(fileURLWithPath: file)
        guard MediaType.isHTML(path) else {
            return HTTPResponse(statusCode: status, headers: [.contentType: MediaType.of(path), .cacheControl: "no-store"],
                                body: try HTTPBodySequence(file: url))
        }
        let html = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        return page(status, LiveReload.inject(into: html, generation: generation))
    }

    private static func page(_ status: HTTPStatusCode, _ html: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: MediaType.html, .cacheControl: "no-store"], body: Data(html.utf8))
    }

    private static func text(_ status: HTTPStatusCode, _ message: String, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var headers = headers
        headers[.contentType] = MediaType.text
        headers[.cacheControl] = "no-store"
        return HTTPResponse(statusCode: status, headers: headers, body: Data((message + "\n").utf8))
    }
}
