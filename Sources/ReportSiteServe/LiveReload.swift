// The script `reportsite serve` adds to every HTML page it serves (never to
// the files in Output/): it reloads the page after a rebuild and shows build
// errors over the page.
import Foundation

enum LiveReload {
    static let scriptPath = "/_reportsite/live.js"
    static let eventsPath = "/_reportsite/events"

    static let script = """
        // reportsite serve: reload after each rebuild; show build errors over the page.
        (function () {
          var events = new EventSource("\(eventsPath)");
          var overlay = null;
          events.addEventListener("reload", function () { window.location.reload(); });
          events.addEventListener("failed", function (event) {
            if (!overlay) {
              overlay = document.createElement("pre");
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:0;margin:0;padding:1.5rem;overflow:auto;z-index:2147483647;" +
                "background:rgba(20,20,20,.94);color:#ffd7d7;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "Build failed\\n\\n" + event.data;
          });
        })();

        """

    /// Adds the script before `</body>` (or at the end).
    static func inject(into html: String) -> String {
        let tag = "<script src=\"\(scriptPath)\"></script>\n"
        if let end = html.range(of: "</body>", options: .backwards) {
            var out = html
            out.insert(contentsOf: tag, at: end.lowerBound)
            return out
        }
        return html + tag
    }
}
