package nl.kamergraaf.serve.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Answers by request, least recently used first out when they take more than the set memory. */
final class StoredAnswers {
  private final long capacity;
  private final LinkedHashMap<String, StoredAnswer> byKey = new LinkedHashMap<>(64, 0.75f, true);
  private long used;

  StoredAnswers(long capacity) {
    this.capacity = capacity;
  }

  synchronized StoredAnswer get(String key) {
    return byKey.get(key);
  }

  synchronized void put(String key, StoredAnswer answer) {
    StoredAnswer old = byKey.put(key, answer);
    used += answer.size() + key.length() - (old == null ? 0 : old.size() + key.length());
    Iterator<Map.Entry<String, StoredAnswer>> oldest = byKey.entrySet().iterator();
    while (used > capacity && oldest.hasNext()) {
      Map.Entry<String, StoredAnswer> e = oldest.next();
      used -= e.getValue().size() + e.getKey().length();
      oldest.remove();
    }
  }

  synchronized int count() {
    return byKey.size();
  }

  synchronized long used() {
    return used;
  }
}
