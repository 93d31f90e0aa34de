package nl.kamergraaf.serve.cache;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.InflaterInputStream;

/** A whole answer kept in memory: its status, its headers and its body, deflated. */
record StoredAnswer(
    int status, Map<String, List<String>> headers, byte[] deflatedBody, long length) {
  /** Bytes this answer takes, roughly: its deflated body and its headers. */
  long size() {
    long size = deflatedBody.length + 64;
    for (Map.Entry<String, List<String>> h : headers.entrySet()) {
      size += h.getKey().length() + h.getValue().stream().mapToInt(String::length).sum() + 16;
    }
    return size;
  }

  /** Writes this answer as the response, saying in {@code cacheHeader} that it came from memory. */
  void replay(HttpServletResponse out, String cacheHeader) throws IOException {
    out.setStatus(status);
    headers.forEach(
        (name, values) -> {
          out.setHeader(name, null);
          values.forEach(v -> out.addHeader(name, v));
        });
    out.setHeader(cacheHeader, "hit");
    out.setContentLengthLong(length);
    try (InflaterInputStream body =
        new InflaterInputStream(new ByteArrayInputStream(deflatedBody))) {
      body.transferTo(out.getOutputStream());
    }
  }
}
