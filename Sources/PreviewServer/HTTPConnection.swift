import NIOCore
import NIOHTTP1

/// One client connection: its requests read one after the other, each answered before the next.
/// The connection closes when the client asks, after the reload events, past `bodyLimit` bytes of
/// a request body, and on a head the decoder refuses (431 past `HeaderLimit`, 400 otherwise).
struct HTTPConnection: Sendable {
    typealias Channel = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>

    /// The most bytes of a request body read: GET requests, the only ones answered, have none.
    static let bodyLimit = 4_096

    let channel: Channel
    let handler: PreviewHandler

    func run() async {
        try? await channel.executeThenClose { inbound, outbound in
            do {
                try await answer(inbound, outbound)
            } catch let error as HTTPParserError {
                let refusal: PreviewResponse = error == .headerOverflow
                    ? .text(.requestHeaderFieldsTooLarge, HeaderLimit.message)
                    : .text(.badRequest, "This request could not be read.")
                try await Self.write(refusal, to: outbound, version: .http1_1, keepAlive: false)
            }
        }
    }

    private func answer(_ inbound: NIOAsyncChannelInboundStream<HTTPServerRequestPart>,
                        _ outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>) async throws {
        var head: HTTPRequestHead?
        var bodySize = 0
        for try await part in inbound {
            switch part {
            case .head(let request):
                head = request
                bodySize = 0
            case .body(let chunk):
                bodySize += chunk.readableBytes
                guard bodySize <= Self.bodyLimit else {
                    let refusal = PreviewResponse.text(.payloadTooLarge, "At most \(Self.bodyLimit / 1024) KiB of a request body is read.")
                    try await Self.write(refusal, to: outbound, version: .http1_1, keepAlive: false)
                    return
                }
            case .end:
                guard let request = head else { continue }
                let response = await handler.response(to: request)
                guard try await Self.write(response, to: outbound, version: request.version, keepAlive: request.isKeepAlive) else {
                    return
                }
            }
        }
    }

    /// Sends `response`; returns whether the connection stays open for another request, which it
    /// does not after the reload events.
    @discardableResult
    private static func write(_ response: PreviewResponse, to outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>,
                              version: HTTPVersion, keepAlive: Bool) async throws -> Bool {
        var head = HTTPResponseHead(version: version, status: response.status, headers: response.headers)
        switch response.body {
        case .bytes(let bytes):
            head.headers.replaceOrAdd(name: "Content-Length", value: String(bytes.readableBytes))
            head.headers.replaceOrAdd(name: "Connection", value: keepAlive ? "keep-alive" : "close")
            try await outbound.write(contentsOf: [.head(head), .body(.byteBuffer(bytes)), .end(nil)])
            return keepAlive
        case .events(let generations):
            head.headers.replaceOrAdd(name: "Connection", value: "close")
            try await outbound.write(.head(head))
            for await generation in generations {
                try await outbound.write(.body(.byteBuffer(ByteBuffer(string: LiveReload.event(generation: generation)))))
            }
            try await outbound.write(.end(nil))
            return false
        }
    }
}
