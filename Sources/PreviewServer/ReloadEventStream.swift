import FlyingSocks

/// The body of the live-reload event stream: one event per build, written as builds finish, for
/// as long as the page stays open.
struct ReloadEventStream: AsyncBufferedSequence {
    typealias Element = UInt8

    let generations: AsyncStream<Int>

    func makeAsyncIterator() -> Iterator {
        Iterator(generations: generations.makeAsyncIterator())
    }

    /// Hands out each event's bytes, in pieces no larger than asked for.
    struct Iterator: AsyncBufferedIteratorProtocol {
        var generations: AsyncStream<Int>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            if pending.isEmpty {
                guard let generation = await generations.next() else { return nil }
                pending = ArraySlice(LiveReload.event(generation: generation).utf8)
            }
            let buffer = pending.prefix(Swift.max(count, 1))
            pending = pending.dropFirst(buffer.count)
            return buffer
        }
    }
}
