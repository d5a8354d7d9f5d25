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
///
/// The slots are raw memory rather than an array: an array stored in a class is a shared
/// value, and mutating it from several threads at once races on its buffer (it may be copied
/// while another thread writes to it).
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) { slots[index] = value }

    func values() -> [T] { slots.map { $0! } }
}
