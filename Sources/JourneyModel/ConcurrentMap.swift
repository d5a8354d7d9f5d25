import Dispatch

extension Array where Element: Sendable {
    /// Maps the elements on all cores; the result keeps the input's order, so output stays
    /// deterministic however the work was scheduled.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        withoutActuallyEscaping(transform) { transform in
            self.withUnsafeBufferPointer { elements in
                nonisolated(unsafe) let elements = elements
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    results.store(transform(elements[index]), at: index)
                }
            }
        }
        return results.values()
    }
}

/// Write-once slots, one per index: each concurrent task writes only its own slot.
private final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: T, at index: Int) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [T] { slots.map { $0! } }
}
