package org.chatroom.room.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The range of each numeric setting of the room, as its metatype states it: read from the metatype that the build
 * generates from {@link RoomConfig}'s annotations (their retention ends with the build), so that the bounds are
 * written once. A setting out of its range is refused when given (a message limit of 0 bytes refused every message,
 * a rate of -5 a second limited nothing).
 */
final class SettingRanges {

    private static final String METATYPE = "OSGI-INF/metatype/" + RoomConfig.class.getName() + ".xml";

    /** The bounds by key ({@code max.message.bytes}): min, then max, each null when there is none. */
    private static Map<String, String[]> ranges;

    private SettingRanges() {
    }

    /** @throws IllegalArgumentException when {@code value}, given as {@code text}, is out of {@code key}'s range */
    static void check(String key, double value, String text) {
        String[] range = ranges().get(key);
        if (range == null) {
            return;
        }
        if (range[0] != null && value < Double.parseDouble(range[0])) {
            throw new IllegalArgumentException(Messages.get("option.belowMin", key, text, range[0]));
        }
        if (range[1] != null && value > Double.parseDouble(range[1])) {
            throw new IllegalArgumentException(Messages.get("option.aboveMax", key, text, range[1]));
        }
    }

    private static synchronized Map<String, String[]> ranges() {
        if (ranges == null) {
            ranges = read();
        }
        return ranges;
    }

    private static Map<String, String[]> read() {
        try (InputStream in = SettingRanges.class.getClassLoader().getResourceAsStream(METATYPE)) {
            if (in == null) {
                throw new IllegalStateException("the room's metatype is missing: " + METATYPE);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            NodeList attributes = factory.newDocumentBuilder().parse(in).getElementsByTagName("AD");
            Map<String, String[]> read = new HashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                Element attribute = (Element) attributes.item(i);
                String min = attribute.getAttribute("min");
                String max = attribute.getAttribute("max");
                if (!min.isEmpty() || !max.isEmpty()) {
                    read.put(attribute.getAttribute("id"),
                            new String[] { min.isEmpty() ? null : min, max.isEmpty() ? null : max });
                }
            }
            return read;
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the room's metatype cannot be read: " + METATYPE, e);
        }
    }
}
