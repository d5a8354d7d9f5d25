import Foundation
import NIOCore

/// The connections NIO has accepted and the server has not taken in hand yet. When the server
/// stops, NIO can drop a connection it has accepted but not handed out, and leave it open
/// (swift-nio#2813): `stop` closes those, and any accepted after it.
final class PendingConnections: @unchecked Sendable {
    private let lock = NSLock()
    private var channels: [ObjectIdentifier: any Channel] = [:]
    private var stopped = false

    /// Notes a connection NIO has just accepted, or closes it if the server has stopped.
    func add(_ channel: any Channel) {
        let added = lock.withLock {
            if !stopped { channels[ObjectIdentifier(channel)] = channel }
            return !stopped
        }
        if !added { channel.close(promise: nil) }
    }

    /// Takes off a connection the server now answers.
    func take(_ channel: any Channel) {
        _ = lock.withLock { channels.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    /// Closes every connection not taken, and from now on every one added.
    func stop() {
        let left = lock.withLock {
            stopped = true
            defer { channels = [:] }
            return Array(channels.values)
        }
        for channel in left { channel.close(promise: nil) }
    }
}
