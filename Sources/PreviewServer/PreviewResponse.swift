import NIOCore
import NIOHTTP1

/// An answer of the preview: its status, its headers, and a body sent whole or, for the reload
/// events, one event per finished build. Every answer carries `Cache-Control: no-store`.
struct PreviewResponse: Sendable {
    enum Body: Sendable {
        case bytes(ByteBuffer)
        /// The generation of each build, each sent as a reload event, for as long as the
        /// connection stays open.
        case events(AsyncStream<Int>)
    }

    var status: HTTPResponseStatus
    var headers: HTTPHeaders
    var body: Body

    init(_ status: HTTPResponseStatus, type: String? = nil, headers: HTTPHeaders = [:], body: Body) {
        self.status = status
        self.headers = headers
        if let type { self.headers.replaceOrAdd(name: "Content-Type", value: type) }
        self.headers.replaceOrAdd(name: "Cache-Control", value: "no-store")
        self.body = body
    }

    /// A page of the site, or the build's errors.
    static func page(_ status: HTTPResponseStatus, _ html: String) -> PreviewResponse {
        PreviewResponse(status, type: MediaType.html, body: .bytes(ByteBuffer(string: html)))
    }

    /// A line of text that says why a request is not answered as asked.
    static func text(_ status: HTTPResponseStatus, _ message: String, headers: HTTPHeaders = [:]) -> PreviewResponse {
        PreviewResponse(status, type: MediaType.text, headers: headers, body: .bytes(ByteBuffer(string: message + "\n")))
    }
}
