"use client";

import type { ComponentProps } from "react";
import { TextField } from "@/components/ui";

type FieldProps = Omit<ComponentProps<typeof TextField>, "label" | "type" | "required" | "onChange"> & { onChange: (value: string) => void };

/** The e-mail address field of the signed-out forms (sign in, register, confirm, password reset). */
export function EmailField({ onChange, ...props }: FieldProps) {
  return <TextField label="E-mail" type="email" autoComplete="email" required {...props} onChange={(e) => onChange(e.target.value)} />;
}

/** A password field of the signed-out forms: `autoComplete` tells a password manager whether it is the current or a new one. */
export function PasswordField({
  onChange,
  ...props
}: FieldProps & { label: string; autoComplete: "current-password" | "new-password" }) {
  return <TextField type="password" required {...props} onChange={(e) => onChange(e.target.value)} />;
}

/** The field where a new password is chosen: at least 10 characters, as the API asks. */
export function NewPasswordField(props: Omit<FieldProps, "autoComplete" | "minLength"> & { label: string }) {
  return <PasswordField autoComplete="new-password" minLength={10} {...props} />;
}
