# SPDX-FileCopyrightText: 2026 NPU Fleet contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for npufleet. Verbs and options are read from the binary's own --help, so they are
# always those of the installed version.

_npufleet_verbs()
{
    NPUFLEET_LANG=en "$1" --help 2>/dev/null | awk '/^Verbs:/ { on = 1; next } on && /^$/ { exit } on { print $1 }'
}

_npufleet_options()
{
    NPUFLEET_LANG=en "$1" "$2" --help 2>/dev/null | grep -oE '^ +(-[a-z], )?--[a-z0-9-]+' | grep -oE -- '--[a-z0-9-]+'
}

_npufleet()
{
    local cur prev words cword
    _init_completion -n = || return
    local bin=${words[0]}

    if ((cword == 1)); then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W '--help --version' -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$(_npufleet_verbs "$bin") demo:atlas-lab demo:deepseek-2node" -- "$cur")
            compopt -o filenames
            mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -f -X '!*.@(npufleet.yaml|npufleet.yml|yaml|yml)' -- "$cur")
            mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$cur")
        fi
        return
    fi

    local verb=${words[1]}
    case $prev in
        --format)
            mapfile -t COMPREPLY < <(compgen -W 'table json text sh compose stack runbook all' -- "$cur")
            return ;;
        --project)
            mapfile -t COMPREPLY < <(compgen -W 'demo:atlas-lab demo:deepseek-2node' -- "$cur")
            compopt -o filenames
            mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -f -X '!*.@(yaml|yml)' -- "$cur")
            mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$cur")
            return ;;
        --out | --result-dir)
            _filedir -d
            return ;;
        --identity | --known-hosts | --parse-npu-smi | --dataset-path | --result-filename | --model)
            _filedir
            return ;;
    esac

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_npufleet_options "$bin" "$verb")" -- "$cur")
        return
    fi
    _filedir
}
complete -F _npufleet npufleet
