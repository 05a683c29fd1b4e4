package org.chatroom.room.internal;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * An unordered set with removal in constant time and an array of its elements that is copied again only after a
 * change: what a lane's task holds stays as it was when the task was made.
 */
final class Members<T> {

    private final Class<T> type;
    private final Map<T, Integer> index = new IdentityHashMap<>();
    private T[] elements;
    private int size;
    private T[] snapshot;

    @SuppressWarnings("unchecked")
    Members(Class<T> type) {
        this.type = type;
        this.elements = (T[]) Array.newInstance(type, 16);
    }

    int size() {
        return size;
    }

    void add(T element) {
        if (index.putIfAbsent(element, size) != null) {
            return;
        }
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, 2 * size);
        }
        elements[size++] = element;
        snapshot = null;
    }

    void remove(T element) {
        Integer at = index.remove(element);
        if (at == null) {
            return;
        }
        T last = elements[--size];
        elements[size] = null;
        if (at < size) {
            elements[at] = last;
            index.put(last, at);
        }
        snapshot = null;
    }

    void clear() {
        index.clear();
        Arrays.fill(elements, 0, size, null);
        size = 0;
        snapshot = null;
    }

    @SuppressWarnings("unchecked")
    T[] snapshot() {
        if (snapshot == null) {
            snapshot = size == 0 ? (T[]) Array.newInstance(type, 0) : Arrays.copyOf(elements, size);
        }
        return snapshot;
    }
}
