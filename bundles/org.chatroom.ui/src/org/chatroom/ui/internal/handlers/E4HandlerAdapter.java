package org.chatroom.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Lets a plain e4 handler (a class with an {@code @Execute} method) serve a 3.x command: plugin.xml names it as
 * {@code E4HandlerAdapter:<handler class>}; each execution gets the window's context injected.
 */
public final class E4HandlerAdapter extends AbstractHandler implements IExecutableExtension {

    private Class<?> handlerClass;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data)
            throws CoreException {
        try {
            handlerClass = getClass().getClassLoader().loadClass(String.valueOf(data));
        } catch (ClassNotFoundException e) {
            throw new CoreException(Status.error("No handler class " + data, e));
        }
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IEclipseContext context = window.getService(IEclipseContext.class);
        try {
            Object handler = ContextInjectionFactory.make(handlerClass, context);
            return ContextInjectionFactory.invoke(handler, Execute.class, context, null);
        } catch (RuntimeException e) {
            throw new ExecutionException(String.valueOf(e.getMessage()), e);
        }
    }
}
