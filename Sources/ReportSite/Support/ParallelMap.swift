// Maps an array on all cores, keeping the order: results land in their own
// slots, so the outcome never depends on which thread finished first.
import Dispatch

/// Storage written at distinct indices by concurrent workers and read only
/// after all of them have finished (`concurrentPerform` returns then).
private final class Slots<T>: @unchecked Sendable {
    var values: [T?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
}

extension Array where Element: Sendable {
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = Slots<T>(count: count)
        let input = self
        DispatchQueue.concurrentPerform(iterations: count) { i in
            slots.values[i] = transform(input[i])
        }
        return slots.values.map { $0! }
    }
}
