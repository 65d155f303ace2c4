package org.claimgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The claim explorer at {@code /explore/}: static pages from inside the jar ({@code explorer/} on
 * the classpath) and the canned queries they run ({@code /explore/queries/NAME.rq}, the same
 * {@code queries/} files {@code claimgraph query} reads). The pages do everything else in the
 * browser through the public SPARQL endpoint, so they work the same against any claimgraph server.
 * Read-only by construction: GET and HEAD only (HttpServlet answers any other method 405), and
 * nothing but those two folders can be named.
 */
final class ExplorerServlet extends HttpServlet {

    /** Where the explorer is served. */
    static final String PATH = "/explore";

    /** Path segments of letters, digits, dot, dash, underscore, never starting with a dot: no "..", no hidden files. */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "rq", "application/sparql-query; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");
    /** The pages load only their own files and talk only to this server (the endpoint is same-origin). */
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String info = req.getPathInfo();
        if (info == null) {
            // "/explore" without the slash: the pages' relative links need the folder form
            resp.sendRedirect(req.getRequestURI() + "/" + (req.getQueryString() == null ? "" : "?" + req.getQueryString()));
            return;
        }
        String resource = resourceFor(info);
        String type = resource == null ? null : TYPES.get(resource.substring(resource.lastIndexOf('.') + 1));
        InputStream in = type == null ? null : ExplorerServlet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such explorer file: " + info);
            return;
        }
        try (in) {
            byte[] body = in.readAllBytes();
            resp.setContentType(type);
            resp.setContentLength(body.length);
            // the files change with the jar: let the browser check each time (a 304 costs little)
            resp.setHeader("Cache-Control", "no-cache");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Content-Security-Policy", CSP);
            resp.getOutputStream().write(body);
        }
    }

    /**
     * The classpath resource for a path under /explore: "/" is the page, "/queries/NAME.rq" a
     * canned query, anything else a file of the explorer folder; null when the path may not be served.
     */
    static String resourceFor(String pathInfo) {
        String rel = pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
        if (rel.isEmpty())
            return "explorer/index.html";
        if (!SAFE_PATH.matcher(rel).matches())
            return null;
        if (rel.startsWith("queries/"))
            return rel.endsWith(".rq") && rel.indexOf('/', "queries/".length()) < 0 ? rel : null;
        return "explorer/" + rel;
    }
}
