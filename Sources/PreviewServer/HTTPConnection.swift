import NIOCore
import NIOHTTP1

/// One client connection: its requests read one after the other, each answered before the next.
/// The connection closes when the client asks, after the reload events, past `bodyLimit` bytes of
/// a request body, and on a head the decoder refuses (431 past `HeaderLimit`, 400 otherwise).
///
/// Answers are written to the channel itself, each awaited until it has gone to the socket, so
/// that closing the connection never cuts one short (NIOAsyncChannel's writer does not wait).
struct HTTPConnection: Sendable {
    typealias AsyncChannel = NIOAsyncChannel<HTTPServerRequestPart, Never>

    /// The most bytes of a request body read: GET requests, the only ones answered, have none.
    static let bodyLimit = 4_096

    let channel: AsyncChannel
    let handler: PreviewHandler

    /// Answers the connection's requests, then closes it.
    func run() async {
        try? await channel.executeThenClose { inbound in
            do {
                try await answer(inbound)
            } catch let error as HTTPParserError {
                let refusal: PreviewResponse = error == .headerOverflow
                    ? .text(.requestHeaderFieldsTooLarge, HeaderLimit.message)
                    : .text(.badRequest, "This request could not be read.")
                try await write(refusal, version: .http1_1, keepAlive: false)
            }
        }
    }

    /// Answers each request once it has been read whole, until the connection is to close.
    private func answer(_ inbound: NIOAsyncChannelInboundStream<HTTPServerRequestPart>) async throws {
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
                    try await write(refusal, version: head?.version ?? .http1_1, keepAlive: false)
                    return
                }
            case .end:
                guard let request = head else { continue }
                let response = await handler.response(to: request)
                guard try await write(response, version: request.version, keepAlive: request.isKeepAlive) else { return }
            }
        }
    }

    /// Sends `response`; returns whether the connection stays open for another request, which it
    /// does not after the reload events.
    @discardableResult
    private func write(_ response: PreviewResponse, version: HTTPVersion, keepAlive: Bool) async throws -> Bool {
        let channel = channel.channel
        var head = HTTPResponseHead(version: version, status: response.status, headers: response.headers)
        switch response.body {
        case .bytes(let bytes):
            head.headers.replaceOrAdd(name: "Content-Length", value: String(bytes.readableBytes))
            head.headers.replaceOrAdd(name: "Connection", value: keepAlive ? "keep-alive" : "close")
            channel.write(HTTPServerResponsePart.head(head), promise: nil)
            channel.write(HTTPServerResponsePart.body(.byteBuffer(bytes)), promise: nil)
            try await channel.writeAndFlush(HTTPServerResponsePart.end(nil)).get()
            return keepAlive
        case .events(let generations):
            head.headers.replaceOrAdd(name: "Connection", value: "close")
            try await channel.writeAndFlush(HTTPServerResponsePart.head(head)).get()
            for await generation in generations {
                let event = ByteBuffer(string: LiveReload.event(generation: generation))
                try await channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(event))).get()
            }
            try await channel.writeAndFlush(HTTPServerResponsePart.end(nil)).get()
            return false
        }
    }
}
