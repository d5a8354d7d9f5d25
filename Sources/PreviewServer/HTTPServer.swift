import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// The HTTP/1.1 server of the preview, on SwiftNIO: it listens on `address` and serves every
/// connection in a child task of its own until the task running it is cancelled.
actor HTTPServer {
    let address: SocketAddress
    let handler: PreviewHandler
    /// The address it listens on, once it does.
    private(set) var url: URL?

    init(address: SocketAddress, handler: PreviewHandler) {
        self.address = address
        self.handler = handler
    }

    /// Listens, hands the URL it is reached at to `listening`, then serves connections until
    /// cancelled. Throws `PreviewServer.Failure.cannotListen` when it cannot listen.
    func run(listening: @Sendable (URL) -> Void) async throws {
        let pending = PendingConnections()
        let server: NIOAsyncChannel<HTTPConnection.AsyncChannel, Never>
        do {
            server = try await Self.listen(on: address, noting: pending)
        } catch let error as IOError {
            throw PreviewServer.Failure.cannotListen(String(cString: strerror(error.errnoCode)))
        }
        url = server.channel.localAddress.flatMap(ListenAddress.url)
        if let url { listening(url) }
        if #available(macOS 14, *) {
            try await withThrowingDiscardingTaskGroup { group in
                try await accept(server, pending) { connection in group.addTask { await connection.run() } }
            }
        } else {
            // Before macOS 14: a plain group, which keeps each finished connection's task until the server stops.
            try await withThrowingTaskGroup(of: Void.self) { group in
                try await accept(server, pending) { connection in group.addTask { await connection.run() } }
            }
        }
    }

    /// The listening socket, each connection it accepts noted in `pending`, set up with the HTTP/1
    /// codec, NIO's decoder bounded by `HeaderLimit.decoder`, and wrapped for async reads.
    private static func listen(on address: SocketAddress,
                               noting pending: PendingConnections) async throws -> NIOAsyncChannel<HTTPConnection.AsyncChannel, Never> {
        try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            // Answers go out at once, not after the client's delayed acknowledgement.
            .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
            .bind(to: address) { channel in
                pending.add(channel)
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(
                        withPipeliningAssistance: false, withErrorHandling: false,
                        withEncoderConfiguration: .init(), withDecoderLimitConfiguration: HeaderLimit.decoder
                    )
                    return try HTTPConnection.AsyncChannel(wrappingChannelSynchronously: channel)
                }
            }
    }

    /// Hands each connection `server` accepts to `serve`, until the task is cancelled; then closes
    /// the listening socket and the connections accepted but not handed out.
    private func accept(_ server: NIOAsyncChannel<HTTPConnection.AsyncChannel, Never>, _ pending: PendingConnections,
                        serve: (HTTPConnection) -> Void) async throws {
        defer { pending.stop() }
        try await server.executeThenClose { connections in
            for try await channel in connections {
                pending.take(channel.channel)
                serve(HTTPConnection(channel: channel, handler: handler))
            }
        }
    }
}
