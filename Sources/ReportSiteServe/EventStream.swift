// Server-sent events: every connected page gets a byte stream, and the hub
// pushes `reload` or `failed` events into all of them.
import FlyingFox
import FlyingSocks
import Foundation

/// A stream of bytes FlyingFox can send as a chunked response body.
struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let chunks: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(base: chunks.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.AsyncIterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            if pending.isEmpty { pending = await base.next() ?? [] }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if pending.isEmpty { pending = await base.next() ?? [] }
            guard !pending.isEmpty else { return nil }
            let chunk = Array(pending.prefix(count))
            pending.removeFirst(chunk.count)
            return chunk
        }
    }
}

/// The open event streams, and broadcasting to them.
actor EventHub {
    private var clients: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    /// The last failure, sent to pages that connect while the build is broken.
    private var failure: String?

    func connect() -> AsyncStream<[UInt8]> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream()
        clients[id] = continuation
        continuation.onTermination = { _ in Task { await self.disconnect(id) } }
        continuation.yield(Array(": connected\n\n".utf8))
        if let failure { continuation.yield(Self.event("failed", failure)) }
        return stream
    }

    private func disconnect(_ id: UUID) { clients[id] = nil }

    func broadcast(_ name: String, _ data: String = "") {
        failure = name == "failed" ? data : nil
        for client in clients.values { client.yield(Self.event(name, data)) }
    }

    func finishAll() {
        for client in clients.values { client.finish() }
        clients = [:]
    }

    var count: Int { clients.count }

    /// `event: reload` with each line of data as a `data:` line.
    static func event(_ name: String, _ data: String) -> [UInt8] {
        var text = "event: \(name)\n"
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) { text += "data: \(line)\n" }
        return Array((text + "\n").utf8)
    }
}
