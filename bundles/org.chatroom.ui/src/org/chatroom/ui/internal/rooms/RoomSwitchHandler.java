package org.chatroom.ui.internal.rooms;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * View > Next Room (Ctrl+Page Down), Previous Room (Ctrl+Page Up), and Alt+1 to Alt+9: shows another room's tab,
 * leaving the cursor where it is (in the message field, mostly). plugin.xml names which: {@code :next},
 * {@code :previous}, or {@code :number} with the command's parameter {@value #NUMBER}.
 */
public final class RoomSwitchHandler extends AbstractHandler implements IExecutableExtension {

    /** The parameter of the command that shows the n-th room: a number from 1. */
    public static final String NUMBER = "org.chatroom.ui.command.showRoom.number";

    private String which = RoomSwitch.NEXT;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        which = String.valueOf(data);
    }

    /** Next and Previous Room need another tab to go to; Alt+1 to Alt+9 stay (a number past the last does nothing). */
    @Override
    public void setEnabled(Object evaluationContext) {
        Object tabs = HandlerUtil.getVariable(evaluationContext, RoomSwitch.TABS);
        setBaseEnabled("number".equals(which) || !(tabs instanceof Integer count) || count > 1);
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String request = "number".equals(which) ? event.getParameter(NUMBER) : which;
        HandlerUtil.getActiveWorkbenchWindowChecked(event).getService(IEventBroker.class)
                .send(RoomSwitch.TOPIC, request);
        return null;
    }
}
