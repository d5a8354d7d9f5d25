import Foundation
import NIOCore
import NIOHTTP1

/// Answers the browser: the files of the output folder, with the live-reload script added to
/// pages; the reload events; and, while the latest build failed, its errors in place of every page.
struct PreviewHandler: Sendable {
    let files: OutputFiles
    let latest: LatestBuild
    let hosts: HostCheck

    func response(to request: HTTPRequestHead) async -> PreviewResponse {
        guard HeaderLimit.allows(request.headers) else {
            return .text(.requestHeaderFieldsTooLarge, HeaderLimit.message)
        }
        guard request.method == .GET else {
            return .text(.methodNotAllowed, "Only GET requests are answered.", headers: ["Allow": "GET"])
        }
        guard request.headers["Host"].allSatisfy(hosts.allows) else {
            return .text(.forbidden, "The preview answers requests to localhost only.")
        }
        let target = RequestTarget.path(of: request.uri)
        if target == LiveReload.eventsPath {
            return PreviewResponse(.ok, type: "text/event-stream", body: .events(await latest.generations()))
        }
        guard let path = RequestTarget.filePath(target) else {
            return .text(.forbidden, "This path is not served.")
        }
        let status = await latest.status
        if status.failed, MediaType.isHTML(path), let report = status.report {
            return .page(.internalServerError, BuildErrorPage.html(for: report, generation: status.generation))
        }
        switch files.entry(at: path) {
        case .file(let file):
            return Self.file(file, as: path, generation: status.generation, status: .ok)
        case .folder:
            return PreviewResponse(.movedPermanently, headers: ["Location": target + "/"], body: .bytes(ByteBuffer()))
        case .outside:
            return .text(.forbidden, "This path is not served.")
        case .missing:
            guard case .file(let notFound) = files.entry(at: "404.html") else { return .text(.notFound, "Not found.") }
            return Self.file(notFound, as: "404.html", generation: status.generation, status: .notFound)
        }
    }

    /// A file of the site; a page gets the live-reload script.
    private static func file(_ file: String, as path: String, generation: Int, status: HTTPResponseStatus) -> PreviewResponse {
        guard let data = FileManager.default.contents(atPath: file) else {
            return .text(.internalServerError, "This file could not be read.")
        }
        guard MediaType.isHTML(path) else {
            return PreviewResponse(status, type: MediaType.of(path), body: .bytes(ByteBuffer(bytes: data)))
        }
        return .page(status, LiveReload.inject(into: String(decoding: data, as: UTF8.self), generation: generation))
    }
}
